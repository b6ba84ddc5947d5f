import type { Auth } from "@throughline/api/auth";
import { createRequestContext, type RequestContextDeps } from "@throughline/api/context";
import type { FileStorage } from "@throughline/api/files/storage";
import {
  DEFAULT_WRITES_PER_MINUTE,
  WriteRateLimiter,
} from "@throughline/api/rate-limit/write-rate-limit";
import { appRouter } from "@throughline/api/root";
import type { Database } from "@throughline/db/client";
import { defaultDashboardSnapshotOptions } from "@throughline/domain/rules/dashboard-snapshot";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { Hono } from "hono";
import { explainOriginRefusal } from "./accounts/origin-refusal.ts";
import { passwordRoutes } from "./accounts/password-routes.ts";
import { brandAssetRoutes } from "./brand-assets.ts";
import { calendarRoutes } from "./calendar/calendar-routes.ts";
import { connectingAddress, withClientAddress } from "./client-address.ts";
import { compressJson } from "./compression/compress-json.ts";
import { badgeRoutes } from "./credentials/badge-routes.ts";
import { errorResponse } from "./error-response.ts";
import { credentialImageRoutes } from "./files/credential-image-routes.ts";
import { evidenceRoutes } from "./files/evidence-routes.ts";
import { externalPdCertificateRoutes } from "./files/external-pd-certificate-routes.ts";
import { observationPhotoRoutes } from "./files/observation-photo-routes.ts";
import { submissionEvidenceRoutes } from "./files/submission-evidence-routes.ts";
import { workSampleRoutes } from "./files/work-sample-routes.ts";
import { healthRoutes } from "./health/health-routes.ts";
import { landingPageHtml } from "./landing-page.ts";
import type { Logger } from "./logger.ts";
import { unsubscribeRoutes } from "./notifications/unsubscribe-routes.ts";
import { pdfRoutes } from "./pdf/pdf-routes.ts";
import { inviteRoutes } from "./people/invite-routes.ts";
import { recordExportRoutes } from "./record-export/record-export-routes.ts";
import { requestBodyLimits } from "./request-limits.ts";
import { requestLogging } from "./request-log/request-logging.ts";
import { sameOriginWrites } from "./security/same-origin-writes.ts";
import { securityHeaders, securityHeadersFor } from "./security/security-headers.ts";
import { setupRoutes } from "./setup/setup-routes.ts";
import { ssoRoutes } from "./sso/sso-routes.ts";
import { mountBuiltApps } from "./static-apps.ts";
import { type VideoServing, videoRoutes } from "./video/video-routes.ts";

export interface ServerDeps {
  db: Database;
  dbKind: "pglite" | "postgres";
  auth: Auth;
  logger: Logger;
  /** Where uploaded files (action-plan evidence) are kept. */
  storage: FileStorage;
  /** Classroom videos' store and whether ffmpeg runs here; without it there are no video routes. */
  videos?: VideoServing;
  /** Serve the three built apps and the landing page (production mode). */
  serveApps: boolean;
  /** The origin people reach the server at (PUBLIC_URL, resolved by `start.ts`), for every link. */
  publicUrl: string;
  /** The server secret (AUTH_SECRET, resolved by `start.ts`): seals issuer keys, signs links. */
  secret: string;
  /** The server's own origins, as auth trusts them; writes from any other page are refused. */
  trustedOrigins?: readonly string[];
  /** Writes (mutations, uploads) one person may make per minute in this process; 0: no limit. */
  writesPerMinute?: number;
  /** A dashboard over this many teachers is kept and served from its snapshot (default 2,000). */
  dashboardSnapshotTeachers?: number;
}

/** The server always limits writes (uploads take from the same limiter as mutations). */
type ServerContextDeps = RequestContextDeps & { writeLimiter: WriteRateLimiter };

/**
 * What every tRPC request's context is made from: one object (one write limiter) shared by the
 * Hono pipeline and the queries answered directly (`direct-queries/`).
 */
export function requestContextDepsOf(deps: ServerDeps): ServerContextDeps {
  return {
    db: deps.db,
    dbKind: deps.dbKind,
    auth: deps.auth,
    publicUrl: deps.publicUrl,
    secret: deps.secret,
    writeLimiter: new WriteRateLimiter(deps.writesPerMinute ?? DEFAULT_WRITES_PER_MINUTE),
    dashboardSnapshots: {
      options: {
        ...defaultDashboardSnapshotOptions,
        minTeachers: deps.dashboardSnapshotTeachers ?? defaultDashboardSnapshotOptions.minTeachers,
      },
      reportError: (err: unknown) =>
        deps.logger.error({ err }, "dashboard snapshot rebuild failed"),
    },
  };
}

export async function createServerApp(
  deps: ServerDeps,
  contextDeps: ServerContextDeps = requestContextDepsOf(deps),
): Promise<Hono> {
  const server = new Hono();
  const { writeLimiter } = contextDeps;

  server.use(requestLogging(deps.logger));
  const { publicUrl } = deps;
  server.use(securityHeaders(securityHeadersFor({ publicUrl })));
  // Before any body is read: a write from a page of another site (or port) is refused.
  server.use(
    sameOriginWrites({
      trustedOrigins: deps.trustedOrigins ?? [new URL(publicUrl).origin],
      publicUrl,
      logger: deps.logger,
      // Better Auth checks its own requests' origin, and takes SAML answers posted cross-site.
      // A one-click unsubscribe is posted by mail providers; its signed token is the key.
      exempt: (path) => path.startsWith("/api/auth/") || path.startsWith("/unsubscribe/"),
    }),
  );
  // Before any route reads a body: each is capped by its route while it streams in.
  server.use(requestBodyLimits());
  server.route("/", healthRoutes(deps));

  server.on(["GET", "POST"], "/api/auth/*", async (c) =>
    explainOriginRefusal(
      await deps.auth.handler(withClientAddress(c.req.raw, connectingAddress(c))),
      {
        request: c.req.raw,
        publicUrl,
        logger: deps.logger,
      },
    ),
  );

  // Answers of a kilobyte or more go out compressed: a dashboard's JSON shrinks several times.
  server.use("/trpc/*", compressJson());
  server.all("/trpc/*", (c) =>
    fetchRequestHandler({
      endpoint: "/trpc",
      req: c.req.raw,
      router: appRouter,
      createContext: () => createRequestContext(contextDeps, c.req.raw.headers),
      onError: ({ error, path }) => {
        if (error.code === "INTERNAL_SERVER_ERROR")
          deps.logger.error({ err: error, path }, "procedure failed");
        if (error.code === "SERVICE_UNAVAILABLE")
          deps.logger.warn({ err: error, path }, "database unavailable");
      },
    }),
  );

  // Uploads count against the same per-person write limit as tRPC mutations.
  const fileDeps = { ...deps, writeLimiter };
  server.route("/files/evidence", evidenceRoutes(fileDeps));
  server.route("/files/observation-photos", observationPhotoRoutes(fileDeps));
  server.route("/files/record-exports", recordExportRoutes(deps));
  server.route("/files/submission-evidence", submissionEvidenceRoutes(fileDeps));
  server.route("/files/work-samples", workSampleRoutes(fileDeps));
  server.route("/files/credential-images", credentialImageRoutes(fileDeps));
  server.route("/files/external-pd-certificates", externalPdCertificateRoutes(fileDeps));
  server.route("/files/pdf", pdfRoutes({ contextDeps }));
  if (deps.videos) server.route("/files/videos", videoRoutes({ ...fileDeps, ...deps.videos }));
  server.route("/calendar", calendarRoutes(deps));

  server.route("/invite", inviteRoutes({ db: deps.db, auth: deps.auth }));
  server.route("/password", passwordRoutes({ auth: deps.auth, logger: deps.logger }));
  server.route("/setup", setupRoutes({ db: deps.db }));
  server.route("/sso", ssoRoutes());
  server.route("/brand", await brandAssetRoutes());

  badgeRoutes(server, deps);
  server.route("/unsubscribe", unsubscribeRoutes(deps));

  if (deps.serveApps) {
    await mountBuiltApps(server);
    server.get("/", (c) => c.html(landingPageHtml));
  }

  server.notFound((c) => c.json({ error: "Not found" }, 404));
  server.onError((error, c) => errorResponse(error, c, deps.logger));
  return server;
}
