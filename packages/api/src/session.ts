import type { Database } from "@throughline/db/client";
import {
  findSessionViewer,
  type SessionViewer,
} from "@throughline/db/queries/accounts/session-viewer";
import { getViewer, type ViewerDetails } from "@throughline/db/queries/people/viewer";
import { type Transaction, withTenant } from "@throughline/db/tenant";
import { type AccessScope, accessScopeOf } from "@throughline/domain/rules/access-scope";
import type { Auth } from "./auth.ts";
import type { RequestContext } from "./context.ts";
import { identifyRequest } from "./request-scope.ts";
import type { SessionCache } from "./session-cache.ts";
import { dueForExtension, readSessionCookie } from "./session-cookie.ts";

/**
 * From a request's session cookie to the person acting, shared by tRPC and the file routes so
 * both answer "who is this, in which district" the same way.
 */
export type SessionMembership =
  | {
      ok: true;
      districtId: string;
      personId: string;
      /** The Better Auth session and user the request came with. */
      sessionId: string;
      userId: string;
      /** The viewer, when the session lookup read it too (then no transaction reads it again). */
      viewer?: ViewerDetails;
    }
  | { ok: false; problem: "signed_out" | "no_district" }
  /**
   * The sign-in belongs to active people in several districts and this session has not opened
   * one yet: the session and user are known, so the district can be chosen.
   */
  | { ok: false; problem: "choose_district"; sessionId: string; userId: string };

const signedOut = { ok: false, problem: "signed_out" } as const;
const noDistrict = { ok: false, problem: "no_district" } as const;

/**
 * One statement: the cookie's session with its person, district, roles and led teams
 * (`session_viewer`). Without a session cache the session table is read on every request, so
 * signing out, signing the other devices out and deactivation (which ends a person's sessions
 * and marks them inactive) hold from the next request, on any server process; with one
 * (`session-cache.ts`, PostgreSQL) they hold once the change's notice reaches the process.
 * An expired session, or one due for Better Auth's daily extension, goes through Better Auth,
 * which deletes or extends it.
 */
export async function resolveSession(
  deps: { db: Database; auth: Auth; sessionCache?: SessionCache },
  headers: Headers,
): Promise<SessionMembership> {
  const cookie = await readSessionCookie(deps.auth, headers);
  if (!cookie) return signedOut;
  const { db, sessionCache } = deps;
  const found = sessionCache
    ? (sessionCache.read(cookie.token) ??
      (await sessionCache.lookUp(cookie.token, () => findSessionViewer(db, cookie.token))))
    : await findSessionViewer(db, cookie.token);
  if (!found) return signedOut;
  const now = Date.now();
  if (found.expiresAtMs <= now || dueForExtension(cookie, found.expiresAtMs, now)) {
    return resolveThroughAuth(deps, headers);
  }
  if (!found.viewer) return withoutViewer(found);
  const membership = {
    districtId: found.viewer.district.id,
    personId: found.viewer.person.id,
  };
  identifyRequest(membership);
  const { sessionId, userId, viewer } = found;
  return { ok: true, ...membership, sessionId, userId, viewer };
}

function withoutViewer(found: SessionViewer): SessionMembership {
  if (!found.chooseDistrict) return noDistrict;
  return {
    ok: false,
    problem: "choose_district",
    sessionId: found.sessionId,
    userId: found.userId,
  };
}

/**
 * Better Auth's own session read (it deletes an expired session and extends a due one), then
 * the same lookup again for the person: the session's chosen district decides which of the
 * sign-in's people it is.
 */
async function resolveThroughAuth(
  deps: { db: Database; auth: Auth },
  headers: Headers,
): Promise<SessionMembership> {
  const authSession = await deps.auth.api.getSession({ headers });
  if (!authSession) return signedOut;
  const found = await findSessionViewer(deps.db, authSession.session.token);
  if (!found) return signedOut;
  if (!found.viewer) return withoutViewer(found);
  const membership = { districtId: found.viewer.district.id, personId: found.viewer.person.id };
  identifyRequest(membership);
  return {
    ok: true,
    ...membership,
    sessionId: authSession.session.id,
    userId: authSession.user.id,
    viewer: found.viewer,
  };
}

/**
 * The request's session, looked up once however many procedures a batched HTTP request calls
 * (they share the request's context). A context without a cache looks it up each time.
 */
export function requestSession(ctx: RequestContext): Promise<SessionMembership> {
  const cache = ctx.requestCache;
  if (!cache) return resolveSession(ctx, ctx.headers);
  cache.session ??= resolveSession(ctx, ctx.headers);
  return cache.session;
}

export interface TenantScope {
  tx: Transaction;
  viewer: ViewerDetails;
  /** What the viewer may open and administer, computed once per request from their roles. */
  scope: AccessScope;
  districtId: string;
  personId: string;
}

/**
 * Runs `fn` in one transaction as the application role with the person's district set, so row
 * security scopes every query and an error rolls back every write. `fn` gets null for the
 * viewer when the person is inactive. A viewer the session lookup already read is used as is.
 */
export function withViewer<T>(
  db: Database,
  membership: { districtId: string; personId: string; viewer?: ViewerDetails },
  fn: (scope: TenantScope | null) => Promise<T>,
): Promise<T> {
  return withTenant(db, membership.districtId, async (tx) => {
    const viewer = membership.viewer ?? (await getViewer(tx, { personId: membership.personId }));
    const { districtId, personId } = membership;
    if (!viewer) return fn(null);
    return fn({ tx, viewer, scope: accessScopeOf(viewer), districtId, personId });
  });
}
