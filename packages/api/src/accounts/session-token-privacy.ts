import type { BetterAuthPlugin } from "better-auth";
import { createAuthMiddleware } from "better-auth/api";
import { endpointResult } from "./endpoint-response.ts";

/*
 * A session token is the key to a session: it belongs in the HttpOnly cookie and nowhere a
 * page's JavaScript can read it. Better Auth also returns it in some JSON bodies (sign-in,
 * change-password, get-session), so this plugin takes it out of every body answered over HTTP.
 * Calls from the server itself (`auth.api.*`, no request) keep it.
 */

type Body = Record<string, unknown>;

function isObject(value: unknown): value is Body {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The body without a top-level `token` and without `session.token`; null when nothing changes. */
export function withoutSessionTokens(body: unknown): Body | null {
  if (!isObject(body)) return null;
  const hasToken = "token" in body;
  const sessionPart = body.session;
  const hasSessionToken = isObject(sessionPart) && "token" in sessionPart;
  if (!hasToken && !hasSessionToken) return null;
  const { token: _token, ...rest } = body;
  if (hasSessionToken) {
    const { token: _sessionToken, ...sessionRest } = sessionPart;
    return { ...rest, session: sessionRest };
  }
  return rest;
}

export function sessionTokenPrivacy(): BetterAuthPlugin {
  return {
    id: "throughline-session-token-privacy",
    hooks: {
      after: [
        {
          matcher: (ctx) => Boolean(ctx.request),
          handler: createAuthMiddleware(async (ctx) => {
            const stripped = withoutSessionTokens(endpointResult(ctx));
            return stripped ? ctx.json(stripped) : undefined;
          }),
        },
      ],
    },
  };
}
