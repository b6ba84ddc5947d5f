import { findPersonForUser } from "@throughline/db/identity";
import { TRPCError } from "@trpc/server";
import { withViewer } from "../session.ts";
import { publicProcedure } from "../trpc.ts";

/**
 * Signed in with a person in a district, like `authedProcedure`, and also knowing which
 * session the request came with (its id and user), for "This device" and signing devices out.
 * The session is read before the request's transaction opens: on the embedded database a
 * second connection cannot be had while a transaction holds the only one.
 */
export const accountProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const found = await ctx.auth.api.getSession({ headers: ctx.headers });
  if (!found) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
  const membership = await findPersonForUser(ctx.db, found.user.id);
  if (!membership) {
    throw new TRPCError({ code: "FORBIDDEN", message: "This account is not active." });
  }
  const session = { id: found.session.id, userId: found.user.id };
  return withViewer(ctx.db, membership, async (scope) => {
    if (!scope) throw new TRPCError({ code: "FORBIDDEN", message: "This account is inactive." });
    const result = await next({ ctx: { ...scope, session } });
    // Throwing here is what rolls the transaction back (see authedProcedure).
    if (!result.ok) throw result.error;
    return result;
  });
});
