import type { DataStore } from "@tus/server";

/*
 * Where classroom-video bytes live, behind one interface: the local folder DATA_DIR/videos, or
 * an S3-compatible bucket under the `videos/` prefix when object storage is configured. A key
 * is a path inside that place (`uploads/<id>` for what a teacher sent, `made/<videoId>.mp4` and
 * `.jpg` for what the worker makes); every key is built from ids we made, never from a name
 * someone sent.
 */

/** The tus options that map the id in an upload's address to the store's own id. */
export interface TusNaming {
  namingFunction?: () => string;
  generateUrl?: (request: Request, options: { path: string; id: string }) => string;
  getFileIdFromRequest?: (request: Request, lastPath?: string) => string | undefined;
}

export interface VideoStore {
  /** What the start log says: "local disk" or "object storage". */
  readonly kind: "local disk" | "object storage";
  /** The folder or the bucket and prefix, for the start log. */
  readonly where: string;
  /** The tus datastore resumable uploads are written into. */
  readonly uploads: DataStore;
  readonly tusNaming: TusNaming;
  /** Makes the place ready (the folders); nothing for a bucket. */
  prepare(): Promise<void>;
  /** The key of a finished upload's bytes, from its tus id. */
  uploadKeyOf(tusId: string): string;
  /** The first `length` bytes of a key (fewer when it is shorter). */
  firstBytes(key: string, length: number): Promise<Uint8Array>;
  /** The size in bytes, or null when there is no such key. */
  sizeOf(key: string): Promise<number | null>;
  /** Bytes `start` to `end` (inclusive) of a key. */
  readRange(key: string, start: number, end: number): Promise<ReadableStream<Uint8Array>>;
  /** Runs `work` with the key's bytes as a file on this machine (a temporary copy from a bucket, removed after). */
  withLocalFile<T>(key: string, work: (file: string) => Promise<T>): Promise<T>;
  /** Keeps a file made on this machine under `key`; the file itself may be moved away. */
  save(key: string, file: string, contentType: string): Promise<void>;
  /** Removes the keys' bytes (and an upload's bookkeeping beside them); missing keys are fine. */
  remove(keys: readonly string[]): Promise<void>;
}

/** The key of an upload's bytes. */
export function uploadKey(uploadId: string): string {
  return `uploads/${uploadId}`;
}

/** The upload's id in its address (and the database) from its key. */
export function uploadIdOfKey(key: string): string {
  return key.slice("uploads/".length);
}

/** The keys of what the worker makes for a video. */
export function madeKeys(videoId: string): { playable: string; poster: string } {
  return { playable: `made/${videoId}.mp4`, poster: `made/${videoId}.jpg` };
}
