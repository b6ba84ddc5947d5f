import type { S3StorageConfig } from "@throughline/api/files/s3-storage";
import { z } from "zod";

/** The S3_* settings: all of them to keep files in an S3-compatible bucket, none for DATA_DIR/files. */
export const s3EnvShape = {
  /** The bucket every server process keeps uploaded files in. */
  S3_BUCKET: z.string().min(3).optional(),
  /** The S3-compatible service's URL, e.g. https://s3.eu-central-1.amazonaws.com. */
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  S3_REGION: z.string().min(1).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Bucket in the path rather than the host name; most self-hosted stores (MinIO, Ceph) want it. */
  S3_FORCE_PATH_STYLE: z
    .enum(["true", "false"])
    .optional()
    .transform((value) => value === "true"),
};

const REQUIRED = [
  "S3_BUCKET",
  "S3_ENDPOINT",
  "S3_REGION",
  "S3_ACCESS_KEY_ID",
  "S3_SECRET_ACCESS_KEY",
] as const;

type S3Env = { [name in (typeof REQUIRED)[number]]?: string | undefined } & {
  S3_FORCE_PATH_STYLE: boolean;
};

/** Half a configuration would quietly keep files on one machine's disk: refuse it. */
export function requireAllOrNoS3Settings(env: S3Env, context: z.RefinementCtx): void {
  const missing = REQUIRED.filter((name) => !env[name]);
  if (missing.length === 0 || missing.length === REQUIRED.length) return;
  context.addIssue({
    code: "custom",
    path: [missing[0] ?? "S3_BUCKET"],
    message: `S3 file storage needs all of ${REQUIRED.join(", ")}; missing ${missing.join(", ")}. Set them all, or none to keep files under DATA_DIR/files.`,
  });
}

/** The bucket's configuration, or null when files stay in the local folder. */
export function s3ConfigFrom(env: S3Env): S3StorageConfig | null {
  const { S3_BUCKET, S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY } = env;
  if (!S3_BUCKET || !S3_ENDPOINT || !S3_REGION || !S3_ACCESS_KEY_ID || !S3_SECRET_ACCESS_KEY) {
    return null;
  }
  return {
    bucket: S3_BUCKET,
    endpoint: S3_ENDPOINT,
    region: S3_REGION,
    accessKeyId: S3_ACCESS_KEY_ID,
    secretAccessKey: S3_SECRET_ACCESS_KEY,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
  };
}
