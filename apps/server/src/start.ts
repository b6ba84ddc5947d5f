import { createServer } from "node:http";
import { getRequestListener } from "@hono/node-server";
import { createAuth } from "@throughline/api/auth";
import { settleDashboardRebuilds } from "@throughline/api/dashboard-kept";
import { startSessionCache } from "@throughline/api/session-cache";
import { migrateDatabase } from "@throughline/db/migrate";
import { parseTrustedOrigins, trustedOriginsFor } from "./accounts/trusted-origins.ts";
import { createServerApp, requestContextDepsOf } from "./app.ts";
import { databaseFrom } from "./database-from-env.ts";
import { seedDemo } from "./demo/seed-demo.ts";
import { withDirectQueries } from "./direct-queries/direct-query-listener.ts";
import { drainHttpServer } from "./drain-http-server.ts";
import type { ServerEnv } from "./env.ts";
import { fileStorageFrom } from "./files/storage-from-env.ts";
import type { Logger } from "./logger.ts";
import { createMailer } from "./mail/transport.ts";
import { authLog } from "./request-log/auth-log.ts";
import { resolveAuthSecret } from "./secret.ts";
import { securityHeadersFor } from "./security/security-headers.ts";
import { announceSetupIfEmpty } from "./setup/announce-setup.ts";
import { ffmpegAvailable } from "./video/ffmpeg.ts";
import { videoStoreFrom } from "./video/video-store-from-env.ts";
import { startWorker } from "./worker/start-worker.ts";

const DEV_APP_ORIGINS = ["http://localhost:5173", "http://localhost:5174", "http://localhost:5175"];

/**
 * Opens the database (embedded unless DATABASE_URL is set), brings its schema up to date,
 * seeds the demo districts into an empty embedded database, and starts listening.
 */
export async function startServer(env: ServerEnv, logger: Logger) {
  const secret = await resolveAuthSecret(env);
  const database = await databaseFrom(env);
  logger.info(
    { db: database.kind, dataDir: database.kind === "pglite" ? env.DATA_DIR : undefined },
    "database open",
  );

  await migrateDatabase(database.db, database.kind);
  const publicUrl = env.PUBLIC_URL;
  // Uploaded files and prepared records: an S3-compatible bucket when S3_* is set, which every
  // process shares; otherwise DATA_DIR/files beside the embedded database.
  const { storage, kind: files } = fileStorageFrom(env);
  logger.info({ files }, "file storage");
  // Classroom videos: in the same bucket under videos/ when S3_* is set, else DATA_DIR/videos.
  const videos = { store: videoStoreFrom(env), ffmpeg: ffmpegAvailable() };
  await videos.store.prepare();
  logger.info({ videos: videos.store.kind, where: videos.store.where }, "video storage");
  if (!videos.ffmpeg) {
    logger.warn(
      "ffmpeg is not installed: classroom videos are not converted; only MP4 and WebM uploads are taken and served as uploaded (apt-get install ffmpeg)",
    );
  }
  if (database.kind === "pglite" && env.SEED_DEMO_DATA) {
    await seedDemo({ db: database.db, storage, videos, issuer: { publicUrl, secret } });
  } else {
    // Without the demo, an installation with no district logs its one-time set-up link.
    await announceSetupIfEmpty({ db: database.db, publicUrl, logger });
  }

  // Auth and the same-origin check on every write trust the same origins.
  const trustedOrigins = trustedOriginsFor({
    publicUrl,
    port: env.PORT,
    embedded: database.kind === "pglite",
    extra: parseTrustedOrigins(env.TRUSTED_ORIGINS),
    devAppOrigins: env.NODE_ENV === "development" ? DEV_APP_ORIGINS : [],
  });
  const auth = createAuth({
    db: database.db,
    secret,
    baseURL: publicUrl,
    secureCookies: publicUrl.startsWith("https://"),
    // The embedded quick start answers on every loopback name of its port; TRUSTED_ORIGINS adds
    // more; in development the apps run on their own Vite ports and reach auth through a proxy.
    trustedOrigins,
    signInAttemptsPerMinute: env.SIGN_IN_ATTEMPTS_PER_MINUTE,
    log: authLog(logger),
    ssoInternalOrigins: env.SSO_INTERNAL_ORIGINS,
  });
  const serverDeps = {
    db: database.db,
    dbKind: database.kind,
    auth,
    logger,
    storage,
    videos,
    serveApps: env.NODE_ENV === "production",
    publicUrl,
    secret,
    trustedOrigins,
    writesPerMinute: env.WRITES_PER_MINUTE,
    dashboardSnapshotTeachers: env.DASHBOARD_SNAPSHOT_TEACHERS,
  } as const;
  // PostgreSQL: sessions' viewers kept in this process until a change notice (or 30 s).
  const sessions = await startSessionCache(database, env.SESSION_CACHE_SECONDS);
  const contextDeps = { ...requestContextDepsOf(serverDeps), sessionCache: sessions?.cache };
  const app = await createServerApp(serverDeps, contextDeps);

  // One-query GETs are answered without the fetch objects; everything else goes to Hono
  // (as @hono/node-server's `serve` would: its listener on a node server).
  const httpServer = createServer(
    withDirectQueries(
      { contextDeps, logger, securityHeaders: securityHeadersFor({ publicUrl }) },
      getRequestListener(app.fetch, { hostname: env.HOST }),
    ),
  );
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(env.PORT, env.HOST, () => {
      httpServer.off("error", reject);
      resolve();
    });
  });
  logger.info({ url: publicUrl }, "Throughline is ready");
  // Start-up's lines (the set-up link among them) go out now, not with the next batch.
  logger.flush();

  const worker =
    env.WORKER === "in-process"
      ? startWorker(
          {
            db: database.db,
            mailer: createMailer({ smtpUrl: env.SMTP_URL, dataDir: env.DATA_DIR }),
            publicUrl,
            secret,
            mailFrom: env.MAIL_FROM,
          },
          { intervalMs: env.WORKER_INTERVAL_MS, logger, storage, videos },
        )
      : null;

  return {
    /**
     * Stops accepting, lets requests in flight finish (up to SHUTDOWN_TIMEOUT_MS), then stops
     * the worker and closes the database.
     */
    async close() {
      const outcome = await drainHttpServer(httpServer, env.SHUTDOWN_TIMEOUT_MS);
      logger.info({ outcome }, "requests drained");
      // A message being sent is finished and marked before the database closes.
      await worker?.stop();
      // So is a big dashboard being rebuilt after its answer.
      await settleDashboardRebuilds();
      await sessions?.stop();
      // The embedded database writes its files on close; never skip this.
      await database.close();
    },
  };
}
