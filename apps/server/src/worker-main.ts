import { databaseFrom } from "./database-from-env.ts";
import { readEnv } from "./env.ts";
import { fileStorageFrom } from "./files/storage-from-env.ts";
import { createLogger } from "./logger.ts";
import { createMailer } from "./mail/transport.ts";
import { resolveAuthSecret } from "./secret.ts";
import { ffmpegAvailable } from "./video/ffmpeg.ts";
import { videoStoreFrom } from "./video/video-store-from-env.ts";
import { startWorker } from "./worker/start-worker.ts";

/*
 * The notification worker as its own process (`pnpm worker`), for when the server runs with
 * WORKER=off or several workers share the load: they never send one message twice, because
 * each claims its messages with FOR UPDATE SKIP LOCKED. It expects the server to have brought
 * the schema up to date.
 */

const env = readEnv(process.env);
const logger = createLogger(env);

if (!env.DATABASE_URL) {
  logger.fatal(
    "The separate worker needs DATABASE_URL. The embedded database can only be opened by one " +
      "process, and the server already runs the worker inside it (WORKER=in-process).",
  );
  process.exit(1);
}

try {
  const secret = await resolveAuthSecret(env);
  const database = await databaseFrom(env);
  // Videos in the bucket when S3_* is set; otherwise on disk, so the worker shares DATA_DIR.
  const videos = { store: videoStoreFrom(env), ffmpeg: ffmpegAvailable() };
  await videos.store.prepare();
  logger.info({ videos: videos.store.kind, where: videos.store.where }, "video storage");
  if (!videos.ffmpeg) logger.warn("ffmpeg is not installed: videos are served as uploaded");
  const worker = startWorker(
    {
      db: database.db,
      mailer: createMailer({ smtpUrl: env.SMTP_URL, dataDir: env.DATA_DIR }),
      publicUrl: env.PUBLIC_URL,
      secret,
      mailFrom: env.MAIL_FROM,
    },
    // Records are stored where the server keeps its files (the S3 bucket or DATA_DIR/files).
    {
      intervalMs: env.WORKER_INTERVAL_MS,
      logger,
      storage: fileStorageFrom(env).storage,
      videos,
    },
  );
  const shutdown = async (signal: string) => {
    logger.info({ signal }, "worker shutting down");
    await worker.stop();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
} catch (error) {
  logger.fatal(error instanceof Error ? error.message : error, "worker could not start");
  process.exit(1);
}
