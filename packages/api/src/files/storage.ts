import type { Readable } from "node:stream";

/**
 * Where uploaded files' bytes live. The database row says who may read a file; storage only
 * keeps bytes under a key. Local disk implements it in the embedded mode; an object store
 * (S3 and the like) can implement it for a fleet of servers.
 */
export interface FileStorage {
  /** Stores the bytes under a new key it makes up (never from a user's file name), scoped to the district. */
  put(params: { districtId: string; bytes: Uint8Array }): Promise<{ key: string }>;
  /** The bytes as a stream; null when nothing is stored under the key. */
  get(key: string): Promise<Readable | null>;
  /** Removes the bytes; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}
