import { TRPCError } from "@trpc/server";
import { requestSession } from "../session.ts";
import { publicProcedure } from "../trpc.ts";

/** The request's session, and the district it has opened (null: not chosen yet). */
interface SignedInSession {
  id: string;
  userId: string;
  districtId: string | null;
}

/**
 * Signed in, whether or not the session has opened a district yet: choosing one is the first
 * thing a sign-in that belongs to several districts does. No transaction is opened: there is
 * no district to scope it to.
 */
export const signedInSessionProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const membership = await requestSession(ctx);
  if (!membership.ok && membership.problem !== "choose_district") {
    throw membership.problem === "signed_out"
      ? new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." })
      : new TRPCError({ code: "FORBIDDEN", message: "This account is not active." });
  }
  const session: SignedInSession = membership.ok
    ? { id: membership.sessionId, userId: membership.userId, districtId: membership.districtId }
    : { id: membership.sessionId, userId: membership.userId, districtId: null };
  return next({ ctx: { session } });
});
