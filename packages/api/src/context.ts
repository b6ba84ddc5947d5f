import type { Database, DatabaseKind } from "@throughline/db/client";
import type { DashboardSnapshotOptions } from "@throughline/domain/rules/dashboard-snapshot";
import type { Auth } from "./auth.ts";
import type { WriteRateLimiter } from "./rate-limit/write-rate-limit.ts";
import type { SessionMembership } from "./session.ts";
import type { SessionCache } from "./session-cache.ts";

/** What one HTTP request looks up once for all the procedures it calls (a batch). */
export interface RequestCache {
  session?: Promise<SessionMembership>;
}

/** What every request starts with: the database, the auth service and the request headers. */
export interface RequestContext {
  db: Database;
  /**
   * Which database `db` is: state shared between requests (roster-import progress) lives in
   * PostgreSQL so several server processes agree, and in memory on the one-process embedded
   * database. Unset means embedded.
   */
  dbKind?: DatabaseKind;
  auth: Auth;
  headers: Headers;
  /** The origin people reach the server at, for links that leave the app (feeds, invites, badges). */
  publicUrl: string;
  /** The server's secret: issuer signing keys are sealed and image uploads signed with it. */
  secret: string;
  /** Holds each person to a rate of writes (mutations); without it writes are not limited. */
  writeLimiter?: WriteRateLimiter;
  /** When big dashboards are served from their kept snapshot; the rule's defaults when unset. */
  dashboardSnapshots?: DashboardSnapshotSettings;
  /** The process's kept sessions (PostgreSQL); without it every request looks its session up. */
  sessionCache?: SessionCache;
  /**
   * Lives as long as this context: the server makes one context per HTTP request, so the
   * procedures of a batched request share one session lookup.
   */
  requestCache?: RequestCache;
}

export interface DashboardSnapshotSettings {
  options: DashboardSnapshotOptions;
  /** Told of a snapshot rebuild that failed after its answer was sent. */
  reportError: (error: unknown) => void;
}

function newRequestCache(): RequestCache {
  return {};
}

/** What the server gives every request's context, whichever path answers it. */
export interface RequestContextDeps {
  db: Database;
  dbKind?: DatabaseKind;
  auth: Auth;
  publicUrl: string;
  secret: string;
  writeLimiter?: WriteRateLimiter;
  dashboardSnapshots?: DashboardSnapshotSettings;
  sessionCache?: SessionCache;
}

export function createRequestContext(deps: RequestContextDeps, headers: Headers) {
  return {
    db: deps.db,
    dbKind: deps.dbKind,
    auth: deps.auth,
    headers,
    publicUrl: deps.publicUrl,
    secret: deps.secret,
    writeLimiter: deps.writeLimiter,
    dashboardSnapshots: deps.dashboardSnapshots,
    sessionCache: deps.sessionCache,
    requestCache: newRequestCache(),
  } satisfies RequestContext;
}
