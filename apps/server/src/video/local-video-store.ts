import { createReadStream } from "node:fs";
import { copyFile, mkdir, open, rename, rm, stat } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";
import { Readable } from "node:stream";
import { FileStore } from "@tus/file-store";
import { uploadKey, type VideoStore } from "./video-store.ts";

/**
 * Video bytes in one folder on this machine (DATA_DIR/videos): the tus file store's uploads in
 * `uploads/`, what the worker makes in `made/`. Right for one server process (a separate worker
 * must share the folder).
 */
export class LocalVideoStore implements VideoStore {
  readonly kind = "local disk";
  readonly where: string;
  readonly uploads: FileStore;
  readonly tusNaming = {};
  private readonly root: string;

  constructor(dataDir: string) {
    this.root = resolve(dataDir, "videos");
    this.where = this.root;
    this.uploads = new FileStore({ directory: join(this.root, "uploads") });
  }

  async prepare(): Promise<void> {
    await mkdir(join(this.root, "uploads"), { recursive: true });
    await mkdir(join(this.root, "made"), { recursive: true });
  }

  uploadKeyOf(tusId: string): string {
    return uploadKey(tusId);
  }

  /** The file of a key; refuses a key that would leave the folder. */
  pathOf(key: string): string {
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new Error(`Not a video key: ${key}`);
    return path;
  }

  async firstBytes(key: string, length: number): Promise<Uint8Array> {
    const handle = await open(this.pathOf(key), "r");
    try {
      const buffer = new Uint8Array(length);
      const { bytesRead } = await handle.read(buffer, 0, length, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  }

  async sizeOf(key: string): Promise<number | null> {
    return (await stat(this.pathOf(key)).catch(() => null))?.size ?? null;
  }

  async readRange(key: string, start: number, end: number): Promise<ReadableStream<Uint8Array>> {
    const stream = createReadStream(this.pathOf(key), { start, end });
    return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
  }

  async withLocalFile<T>(key: string, work: (file: string) => Promise<T>): Promise<T> {
    return work(this.pathOf(key));
  }

  async save(key: string, file: string): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(dirname(target), { recursive: true });
    // A move when the file is on the same disk; a copy when the temporary folder is elsewhere.
    await rename(file, target).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== "EXDEV") throw error;
      await copyFile(file, target);
    });
  }

  async remove(keys: readonly string[]): Promise<void> {
    for (const key of keys) {
      await rm(this.pathOf(key), { force: true });
      // The tus file store keeps an upload's metadata in a `.json` file beside it.
      if (key.startsWith("uploads/")) await rm(`${this.pathOf(key)}.json`, { force: true });
    }
  }
}
