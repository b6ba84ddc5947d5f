import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { S3StorageConfig } from "@throughline/api/files/s3-storage";
import { S3Store } from "@tus/s3-store";
import { type TusNaming, uploadKey, type VideoStore } from "./video-store.ts";

/** Every video object sits under this prefix, apart from the other files in the bucket. */
const PREFIX = "videos/";

/** The tus S3 store, with its S3 client lent to the rest of the video store (one client). */
class VideoUploads extends S3Store {
  get s3() {
    return this.client;
  }
}

/** Whether an S3 error says the object is not there. */
function isMissing(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { name, $metadata } = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return name === "NoSuchKey" || name === "NotFound" || $metadata?.httpStatusCode === 404;
}

/**
 * Video bytes in the S3-compatible bucket the other files use, under `videos/`: uploads go
 * through @tus/s3-store as multipart uploads (8 MB parts) straight into the bucket, the worker
 * copies an original to a temporary file to transcode it, playback reads byte ranges. Every
 * server process and the worker share it.
 */
export class S3VideoStore implements VideoStore {
  readonly kind = "object storage";
  readonly where: string;
  readonly uploads: VideoUploads;
  readonly tusNaming: TusNaming;
  private readonly bucket: string;

  constructor(config: S3StorageConfig) {
    this.bucket = config.bucket;
    this.where = `${config.endpoint}/${config.bucket}/${PREFIX}`;
    this.uploads = new VideoUploads({
      partSize: 8 * 1024 ** 2,
      s3ClientConfig: {
        bucket: config.bucket,
        endpoint: config.endpoint,
        region: config.region,
        forcePathStyle: config.forcePathStyle,
        credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
        // As for the other files: many S3-compatible stores refuse the newer checksum headers.
        requestChecksumCalculation: "WHEN_REQUIRED",
        responseChecksumValidation: "WHEN_REQUIRED",
      },
    });
    // The tus id is the object's key (`videos/uploads/<id>`); the address carries only `<id>`.
    const uploadsPrefix = `${PREFIX}${uploadKey("")}`;
    this.tusNaming = {
      namingFunction: () => `${uploadsPrefix}${randomBytes(16).toString("hex")}`,
      generateUrl: (_request, { path, id }) => `${path}/${id.slice(uploadsPrefix.length)}`,
      getFileIdFromRequest: (_request, lastPath) =>
        lastPath && /^[0-9a-f]{32}$/.test(lastPath) ? `${uploadsPrefix}${lastPath}` : undefined,
    };
  }

  async prepare(): Promise<void> {}

  uploadKeyOf(tusId: string): string {
    return tusId.slice(PREFIX.length);
  }

  private objectKey(key: string): string {
    if (!/^(uploads|made)\/[\w.-]+$/.test(key)) throw new Error(`Not a video key: ${key}`);
    return `${PREFIX}${key}`;
  }

  async firstBytes(key: string, length: number): Promise<Uint8Array> {
    const answer = await this.uploads.s3.getObject({
      Bucket: this.bucket,
      Key: this.objectKey(key),
      Range: `bytes=0-${length - 1}`,
    });
    return (await answer.Body?.transformToByteArray()) ?? new Uint8Array();
  }

  async sizeOf(key: string): Promise<number | null> {
    try {
      const head = await this.uploads.s3.headObject({
        Bucket: this.bucket,
        Key: this.objectKey(key),
      });
      return head.ContentLength ?? null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async readRange(key: string, start: number, end: number): Promise<ReadableStream<Uint8Array>> {
    const answer = await this.uploads.s3.getObject({
      Bucket: this.bucket,
      Key: this.objectKey(key),
      Range: `bytes=${start}-${end}`,
    });
    if (!answer.Body) throw new Error("The object store sent no body.");
    return answer.Body.transformToWebStream() as ReadableStream<Uint8Array>;
  }

  async withLocalFile<T>(key: string, work: (file: string) => Promise<T>): Promise<T> {
    const folder = await mkdtemp(join(tmpdir(), "throughline-video-original-"));
    try {
      const file = join(folder, "original");
      const answer = await this.uploads.s3.getObject({
        Bucket: this.bucket,
        Key: this.objectKey(key),
      });
      if (!answer.Body) throw new Error("The object store sent no body.");
      const body = answer.Body.transformToWebStream() as ReadableStream<Uint8Array>;
      await pipeline(
        Readable.fromWeb(body as import("node:stream/web").ReadableStream),
        createWriteStream(file),
      );
      return await work(file);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }

  async save(key: string, file: string, contentType: string): Promise<void> {
    const { size } = await stat(file);
    await this.uploads.s3.putObject({
      Bucket: this.bucket,
      Key: this.objectKey(key),
      Body: createReadStream(file),
      ContentLength: size,
      ContentType: contentType,
    });
  }

  async remove(keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    const objects = keys.flatMap((key) => {
      const object = this.objectKey(key);
      // tus keeps an upload's bookkeeping beside it: `.info`, and `.part` until the last byte.
      return key.startsWith("uploads/") ? [object, `${object}.info`, `${object}.part`] : [object];
    });
    await this.uploads.s3.deleteObjects({
      Bucket: this.bucket,
      Delete: { Objects: objects.map((Key) => ({ Key })), Quiet: true },
    });
  }
}
