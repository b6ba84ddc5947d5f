import { TRPCError } from "@trpc/server";
import { requestSession, withViewer } from "../session.ts";
import { publicProcedure } from "../trpc.ts";

/**
 * Signed in with a person in a district, like `authedProcedure`, and also knowing which
 * session the request came with (its id and user), for "This device" and signing devices out.
 * The session is read before the request's transaction opens: on the embedded database a
 * second connection cannot be had while a transaction holds the only one.
 */
export const accountProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const membership = await requestSession(ctx);
  if (!membership.ok && membership.problem === "signed_out") {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
  }
  if (!membership.ok && membership.problem === "choose_district") {
    throw new TRPCError({ code: "PRECONDITION_FAILED", message: "Choose which district to open." });
  }
  if (!membership.ok) {
    throw new TRPCError({ code: "FORBIDDEN", message: "This account is not active." });
  }
  const session = { id: membership.sessionId, userId: membership.userId };
  return withViewer(ctx.db, membership, async (scope) => {
    if (!scope) throw new TRPCError({ code: "FORBIDDEN", message: "This account is inactive." });
    const result = await next({ ctx: { ...scope, session } });
    // Throwing here is what rolls the transaction back (see authedProcedure).
    if (!result.ok) throw result.error;
    return result;
  });
});
