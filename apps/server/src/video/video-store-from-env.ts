import type { ServerEnv } from "../env.ts";
import { s3ConfigFrom } from "../files/s3-env.ts";
import { LocalVideoStore } from "./local-video-store.ts";
import { S3VideoStore } from "./s3-video-store.ts";
import type { VideoStore } from "./video-store.ts";

/**
 * Where classroom videos live: the bucket the other files use (S3_*), or DATA_DIR/videos on
 * this machine without object storage.
 */
export function videoStoreFrom(env: ServerEnv): VideoStore {
  const s3 = s3ConfigFrom(env);
  return s3 ? new S3VideoStore(s3) : new LocalVideoStore(env.DATA_DIR);
}
