import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { S3StorageConfig } from "@throughline/api/files/s3-storage";
import S3rver from "s3rver";
import { answerMultipartListing } from "./s3rver-multipart-listing.ts";

/**
 * A real S3-protocol server (s3rver) on a random local port with one empty bucket, for tests.
 * `config` is what a server is configured with to use it; `env` the same as S3_* variables.
 */
export async function startTestS3Server() {
  const directory = await mkdtemp(join(tmpdir(), "throughline-s3-"));
  const bucket = "throughline-test";
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  // Resumable video uploads (@tus/s3-store) list an upload's parts, which s3rver lacks.
  answerMultipartListing(server);
  const { port } = await server.run();
  // s3rver accepts any well-formed signature made with its own fixed credentials.
  const config: S3StorageConfig = {
    bucket,
    endpoint: `http://127.0.0.1:${port}`,
    region: "us-east-1",
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    forcePathStyle: true,
  };
  return {
    config,
    directory,
    env: {
      S3_BUCKET: config.bucket,
      S3_ENDPOINT: config.endpoint,
      S3_REGION: config.region,
      S3_ACCESS_KEY_ID: config.accessKeyId,
      S3_SECRET_ACCESS_KEY: config.secretAccessKey,
      S3_FORCE_PATH_STYLE: "true",
    },
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

export type TestS3Server = Awaited<ReturnType<typeof startTestS3Server>>;
