import type { Database } from "@throughline/db/client";
import { endSessionsOfUser, findPersonForUser } from "@throughline/db/identity";
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { deleteSessionCookie } from "better-auth/cookies";
import { endpointResult } from "./endpoint-response.ts";

export const ACCOUNT_NOT_ACTIVE_MESSAGE =
  "This account is not active. If you think that is wrong, ask your district's administrator.";

/**
 * A password that is right still does not sign in a person who is not active in a district
 * (deactivated, or never linked). Checked after the password, so the answer tells nothing
 * about an account to someone who does not know its password. The session Better Auth just
 * made is removed at once, with every other of that user (there should be none), and its
 * cookie cleared.
 */
export function inactiveSignIn(options: { db: Database }): BetterAuthPlugin {
  return {
    id: "throughline-inactive-sign-in",
    hooks: {
      after: [
        {
          matcher: (ctx) => ctx.path === "/sign-in/email",
          handler: createAuthMiddleware(async (ctx) => {
            const response = endpointResult(ctx) as {
              user?: { id?: unknown };
            } | null;
            const userId = response?.user?.id;
            if (typeof userId !== "string") return;
            if (await findPersonForUser(options.db, userId)) return;
            await endSessionsOfUser(options.db, userId);
            deleteSessionCookie(ctx);
            throw new APIError("FORBIDDEN", {
              code: "ACCOUNT_NOT_ACTIVE",
              message: ACCOUNT_NOT_ACTIVE_MESSAGE,
            });
          }),
        },
      ],
    },
  };
}
