import type { Database } from "@throughline/db/client";
import {
  recordSignInAttempt,
  signInThrottleFacts,
} from "@throughline/db/queries/accounts/sign-in-attempts";
import { emailKey } from "@throughline/domain/person";
import {
  countsAsFailure,
  decideSignInThrottle,
  signInThrottleLimits,
  throttleMessage,
} from "@throughline/domain/rules/sign-in-throttle";
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";

const SIGN_IN_PATH = "/sign-in/email";

export interface SignInThrottleOptions {
  db: Database;
  /** The request header the server fills with the connecting address. */
  clientAddressHeader: string;
}

function emailOf(body: unknown): string | null {
  if (typeof body !== "object" || body === null || !("email" in body)) return null;
  const email = (body as { email: unknown }).email;
  // Counted by the account the address signs in to, however it was typed.
  return typeof email === "string" && email.trim() !== "" ? emailKey(email) : null;
}

/**
 * Password sign-in throttled per account and per address, counted in the `sign_in_attempt`
 * table so that every server process behind a load balancer sees the same attempts. The rule
 * (limits, window, what counts) is `decideSignInThrottle`; this plugin asks it before the
 * password is checked and records the outcome after.
 */
export function signInThrottle(options: SignInThrottleOptions): BetterAuthPlugin {
  const addressOf = (headers: Headers | undefined) =>
    headers?.get(options.clientAddressHeader) ?? null;
  return {
    id: "throughline-sign-in-throttle",
    hooks: {
      before: [
        {
          matcher: (ctx) => ctx.path === SIGN_IN_PATH,
          handler: createAuthMiddleware(async (ctx) => {
            const email = emailOf(ctx.body);
            if (!email) return;
            const now = new Date();
            const facts = await signInThrottleFacts(options.db, {
              email,
              clientAddress: addressOf(ctx.headers),
              since: new Date(now.getTime() - signInThrottleLimits.windowMs),
            });
            const decision = decideSignInThrottle(facts, now);
            if (decision.allowed) return;
            throw new APIError(
              "TOO_MANY_REQUESTS",
              { code: "TOO_MANY_ATTEMPTS", message: throttleMessage(decision.retryAfterMs) },
              { "Retry-After": String(Math.ceil(decision.retryAfterMs / 1000)) },
            );
          }),
        },
      ],
      after: [
        {
          matcher: (ctx) => ctx.path === SIGN_IN_PATH,
          handler: createAuthMiddleware(async (ctx) => {
            const email = emailOf(ctx.body);
            if (!email) return;
            const returned = ctx.context.returned;
            const failed = isAPIError(returned);
            if (failed && !countsAsFailure(returned.statusCode, returned.body?.code)) return;
            await recordSignInAttempt(options.db, {
              email,
              clientAddress: addressOf(ctx.headers),
              succeeded: !failed,
              at: new Date(),
            });
          }),
        },
      ],
    },
  };
}
