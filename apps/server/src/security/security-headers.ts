import type { MiddlewareHandler } from "hono";
import { ROLE_APPS } from "../static-apps.ts";
import { inlineSources, inlineSourcesNoted } from "./inline-assets.ts";

/*
 * Security headers on every response, the same for the Hono pipeline and for queries answered
 * directly (`direct-queries/`): one list, the fixed ones as Hono's secureHeaders sets them by
 * default, and a Content-Security-Policy that depends on what answers:
 * - the three built apps load only their own scripts; their components set styles at run time
 *   (dialogs add a <style> for the scroll lock), so inline styles are allowed there, scripts not;
 * - the server's own pages allow exactly their inline blocks, by hash (see inline-assets.ts);
 * - Better Auth's single-logout page posts a form to the identity provider from an onload
 *   handler, which is allowed by its hash on /api/auth only.
 * No page may be framed (frame-ancestors 'none'); HSTS only when PUBLIC_URL is https.
 */

interface SecurityHeadersOptions {
  publicUrl: string;
}

/** The video players a MicroPD session may embed (packages/domain/src/video-source.ts). */
const VIDEO_PLAYERS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"];

/** The handler of Better Auth's SAML POST-binding page (@better-auth/sso, createSAMLPostForm). */
const AUTH_POST_FORM_HANDLER = "'sha256-8lDeP0UDwCO6/RhblgeH/ctdBzjVpJxrXizsnIk3cEQ='";

/**
 * Addresses other sites load: the brand mark in emails, badge pages, images and credentials,
 * issuers' DID documents and status lists (verifiers fetch them from anywhere).
 */
const SHARED_PATHS = ["/brand/", "/credentials/", "/districts/"];

type PolicyKind = "app" | "auth" | "page";

function policyKindOf(path: string): PolicyKind {
  if (path.startsWith("/api/auth/")) return "auth";
  if (ROLE_APPS.some((app) => path === `/${app}` || path.startsWith(`/${app}/`))) return "app";
  return "page";
}

function contentSecurityPolicy(kind: PolicyKind, publicUrl: string): string {
  const publicOrigin = new URL(publicUrl).origin;
  const inline = inlineSources();
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "base-uri": ["'self'"],
    "object-src": ["'none'"],
    "frame-ancestors": ["'none'"],
    "form-action": kind === "auth" ? ["'self'", "https:"] : ["'self'"],
    "script-src":
      kind === "auth"
        ? ["'self'", "'unsafe-hashes'", AUTH_POST_FORM_HANDLER]
        : kind === "page"
          ? ["'self'", ...inline.scripts]
          : ["'self'"],
    "style-src": kind === "app" ? ["'self'", "'unsafe-inline'"] : ["'self'", ...inline.styles],
    // Pictures in MicroPD content may come from anywhere on the web; badge images and the
    // brand mark carry PUBLIC_URL, which may differ from the name the page was opened at.
    "img-src": ["'self'", publicOrigin, "data:", "blob:", "https:"],
    "media-src": ["'self'", "blob:", "https:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "frame-src": VIDEO_PLAYERS,
  };
  if (publicUrl.startsWith("https://")) directives["upgrade-insecure-requests"] = [];
  return Object.entries(directives)
    .map(([name, values]) => [name, ...new Set(values)].join(" "))
    .join("; ");
}

/**
 * Each kind's policy, built once and again only when a page notes a new inline block: the
 * policy is the same for every response of its kind, and building it is not free.
 */
function policyCache(publicUrl: string): (kind: PolicyKind) => string {
  const built = new Map<PolicyKind, { noted: number; policy: string }>();
  return (kind) => {
    const noted = inlineSourcesNoted();
    const kept = built.get(kind);
    if (kept && kept.noted === noted) return kept.policy;
    const policy = contentSecurityPolicy(kind, publicUrl);
    built.set(kind, { noted, policy });
    return policy;
  };
}

/** Each response's security headers by its path, in the order they are set. */
export type SecurityHeadersFor = (path: string) => ReadonlyArray<readonly [string, string]>;

export function securityHeadersFor(options: SecurityHeadersOptions): SecurityHeadersFor {
  const fixed: Array<readonly [string, string]> = [
    ["Cross-Origin-Opener-Policy", "same-origin"],
    ["Origin-Agent-Cluster", "?1"],
    // Same-origin requests keep their Origin header (no-referrer would send "Origin: null").
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["X-Content-Type-Options", "nosniff"],
    ["X-DNS-Prefetch-Control", "off"],
    ["X-Download-Options", "noopen"],
    ["X-Frame-Options", "DENY"],
    ["X-Permitted-Cross-Domain-Policies", "none"],
    ["X-XSS-Protection", "0"],
  ];
  if (options.publicUrl.startsWith("https://")) {
    fixed.push(["Strict-Transport-Security", "max-age=31536000; includeSubDomains"]);
  }
  const policyOf = policyCache(options.publicUrl);
  return (path) => {
    // Public badge and brand addresses are for other sites to load too.
    const shared = SHARED_PATHS.some((prefix) => path.startsWith(prefix));
    return [
      ...fixed,
      ["Content-Security-Policy", policyOf(policyKindOf(path))],
      ["Cross-Origin-Resource-Policy", shared ? "cross-origin" : "same-origin"],
    ];
  };
}

export function securityHeaders(headersFor: SecurityHeadersFor): MiddlewareHandler {
  return async (c, next) => {
    await next();
    // Set on the answer's headers: `c.header` would copy the whole Response. A route that set
    // its own (e.g. no-referrer on pages with a token in the address) keeps it.
    const headers = c.res.headers;
    for (const [name, value] of headersFor(c.req.path)) {
      if (!headers.has(name)) headers.set(name, value);
    }
  };
}
