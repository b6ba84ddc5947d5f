import { Readable } from "node:stream";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import type { FileStorage } from "./storage.ts";
import { assertStorageKey, newStorageKey } from "./storage-keys.ts";

export interface S3StorageConfig {
  bucket: string;
  /** The S3-compatible service's URL (AWS, MinIO, Ceph, R2, …). */
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `<endpoint>/<bucket>/<key>` rather than `<bucket>.<endpoint>/<key>`; most self-hosted stores want it. */
  forcePathStyle: boolean;
}

/**
 * Files in one S3-compatible bucket, so several server processes (and the worker) share them.
 * Keys are the same `<districtId>/<uuid>` the local folder uses, so a district's files sit under
 * one prefix.
 */
export class S3Storage implements FileStorage {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(config: S3StorageConfig) {
    this.bucket = config.bucket;
    this.client = new S3Client({
      endpoint: config.endpoint,
      region: config.region,
      forcePathStyle: config.forcePathStyle,
      credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
      // Checksums only where S3 requires them: many S3-compatible stores refuse the newer
      // default checksum headers.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  async put(params: { districtId: string; bytes: Uint8Array }): Promise<{ key: string }> {
    const key = newStorageKey(params.districtId);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: params.bytes,
        ContentLength: params.bytes.byteLength,
        // The type and name live in the database row; the store only keeps bytes.
        ContentType: "application/octet-stream",
      }),
    );
    return { key };
  }

  async get(key: string): Promise<Readable | null> {
    assertStorageKey(key);
    try {
      const answer = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key }),
      );
      // In Node the body is the HTTP response itself, streamed rather than read into memory.
      if (!(answer.Body instanceof Readable)) throw new Error("The object store sent no stream.");
      return answer.Body;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    // S3 answers a delete of a missing key with success; some compatible stores answer 404.
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }

  /** Closes the client's open connections (at shutdown and after tests). */
  close(): void {
    this.client.destroy();
  }
}

function isMissing(error: unknown): boolean {
  return (
    error instanceof S3ServiceException &&
    (error.name === "NoSuchKey" || error.$metadata.httpStatusCode === 404)
  );
}
