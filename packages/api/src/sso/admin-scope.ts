import { TRPCError } from "@trpc/server";
import { resolveSession, type TenantScope, withViewer } from "../session.ts";
import { publicProcedure } from "../trpc.ts";

/*
 * District admin procedures that contact an identity provider. A provider may take seconds to
 * answer, and the request's database transaction must not stay open meanwhile (on the embedded
 * database it would hold up every other request), so these check the admin, let go, do the
 * network part, and open a transaction only to read or write.
 */

const notAdmin = () =>
  new TRPCError({ code: "FORBIDDEN", message: "Only district administrators can change this." });

function isDistrictAdmin(scope: TenantScope | null): scope is TenantScope {
  return scope?.scope.districtAdmin ?? false;
}

export const districtAdminNetworkProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const membership = await resolveSession(ctx, ctx.headers);
  if (!membership.ok && membership.problem === "signed_out") {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
  }
  if (!membership.ok) throw notAdmin();
  const member = { districtId: membership.districtId, personId: membership.personId };
  if (!(await withViewer(ctx.db, member, async (scope) => isDistrictAdmin(scope)))) {
    throw notAdmin();
  }
  /** Runs `fn` in one transaction as the district, checking the admin again. */
  function asDistrictAdmin<T>(fn: (scope: TenantScope) => Promise<T>): Promise<T> {
    return withViewer(ctx.db, member, (scope) => {
      if (!isDistrictAdmin(scope)) throw notAdmin();
      return fn(scope);
    });
  }
  return next({ ctx: { asDistrictAdmin } });
});
