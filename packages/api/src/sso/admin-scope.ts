import { TRPCError } from "@trpc/server";
import { type TenantScope, withViewer } from "../session.ts";
import { requireTier, tierProcedureWithoutTransaction } from "../trpc.ts";

/*
 * District admin procedures that contact an identity provider. A provider may take seconds to
 * answer, and the request's database transaction must not stay open meanwhile (on the embedded
 * database it would hold up every other request), so these pass the district-admin tier's one
 * check without a transaction, let go, do the network part, and open a transaction only to read
 * or write, checking the tier again inside it.
 */
export const districtAdminNetworkProcedure = tierProcedureWithoutTransaction("districtAdmin").use(
  ({ ctx, next }) => {
    const member = { districtId: ctx.districtId, personId: ctx.personId };
    /** Runs `fn` in one transaction as the district, checking the admin again. */
    function asDistrictAdmin<T>(fn: (scope: TenantScope) => Promise<T>): Promise<T> {
      return withViewer(ctx.db, member, (scope) => {
        if (!scope)
          throw new TRPCError({ code: "FORBIDDEN", message: "This account is inactive." });
        requireTier(scope.scope, "districtAdmin");
        return fn(scope);
      });
    }
    return next({ ctx: { asDistrictAdmin } });
  },
);
