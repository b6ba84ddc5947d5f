import { judgeRequestOrigin } from "@throughline/domain/rules/request-origin";
import type { MiddlewareHandler } from "hono";
import type { Logger } from "../logger.ts";

interface SameOriginWritesOptions {
  /** The server's own origins (PUBLIC_URL's first), as auth trusts them. */
  trustedOrigins: readonly string[];
  publicUrl: string;
  logger: Logger;
  /**
   * Paths that check for themselves: Better Auth checks the origin of its own requests and must
   * take the identity provider's SAML answer, which is a cross-site POST by design.
   */
  exempt: (path: string) => boolean;
}

/**
 * One check for every request that changes something (tRPC, uploads, exports, the public forms):
 * it must come from a page of this server, by the rule in
 * `packages/domain/src/rules/request-origin.ts`. Anything else is refused with 403 before any
 * handler reads it.
 */
export function sameOriginWrites(options: SameOriginWritesOptions): MiddlewareHandler {
  const trustedOrigins = new Set(options.trustedOrigins.map((origin) => origin.toLowerCase()));
  return async (c, next) => {
    if (options.exempt(c.req.path)) return next();
    const verdict = judgeRequestOrigin({
      method: c.req.method,
      origin: c.req.header("origin") ?? null,
      fetchSite: c.req.header("sec-fetch-site") ?? null,
      trustedOrigins,
    });
    if (verdict.allowed) return next();
    options.logger.warn(
      { origin: verdict.from, fetchSite: c.req.header("sec-fetch-site") ?? null },
      "cross-site request refused",
    );
    const from = verdict.from ? ` (${verdict.from})` : "";
    return c.json(
      {
        error: `This request came from a page outside Throughline${from}, so it was refused. Open Throughline at ${options.publicUrl} and try again.`,
      },
      403,
    );
  };
}
