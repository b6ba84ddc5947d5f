import { LocalDiskStorage } from "@throughline/api/files/local-disk-storage";
import { S3Storage } from "@throughline/api/files/s3-storage";
import type { FileStorage } from "@throughline/api/files/storage";
import type { ServerEnv } from "../env.ts";
import { s3ConfigFrom } from "./s3-env.ts";

/**
 * Where uploaded files and prepared records live: one S3-compatible bucket when S3_* is set,
 * which every server process and worker shares; otherwise the local folder DATA_DIR/files,
 * beside the embedded database (right for one process).
 */
export function fileStorageFrom(env: ServerEnv): { storage: FileStorage; kind: "s3" | "local" } {
  const s3 = s3ConfigFrom(env);
  return s3
    ? { storage: new S3Storage(s3), kind: "s3" }
    : { storage: new LocalDiskStorage(env.DATA_DIR), kind: "local" };
}
