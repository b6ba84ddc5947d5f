import type { Database } from "@throughline/db/client";
import { findPersonForUser } from "@throughline/db/identity";
import { getViewer, type ViewerDetails } from "@throughline/db/queries/viewer";
import { type Transaction, withTenant } from "@throughline/db/tenant";
import { type AccessScope, accessScopeOf } from "@throughline/domain/rules/access-scope";
import type { Auth } from "./auth.ts";
import { identifyRequest } from "./request-scope.ts";

/**
 * From a request's session cookie to the person acting, shared by tRPC and the file routes so
 * both answer "who is this, in which district" the same way.
 */
export type SessionMembership =
  | { ok: true; districtId: string; personId: string }
  | { ok: false; problem: "signed_out" | "no_district" };

export async function resolveSession(
  deps: { db: Database; auth: Auth },
  headers: Headers,
): Promise<SessionMembership> {
  const authSession = await deps.auth.api.getSession({ headers });
  if (!authSession) return { ok: false, problem: "signed_out" };
  const membership = await findPersonForUser(deps.db, authSession.user.id);
  if (!membership) return { ok: false, problem: "no_district" };
  identifyRequest(membership);
  return { ok: true, ...membership };
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
 * viewer when the person is inactive.
 */
export function withViewer<T>(
  db: Database,
  membership: { districtId: string; personId: string },
  fn: (scope: TenantScope | null) => Promise<T>,
): Promise<T> {
  return withTenant(db, membership.districtId, async (tx) => {
    const viewer = await getViewer(tx, { personId: membership.personId });
    const { districtId, personId } = membership;
    if (!viewer) return fn(null);
    return fn({ tx, viewer, scope: accessScopeOf(viewer), districtId, personId });
  });
}
