/**
 * Whether a request that changes something may have been sent by a page of another site (a
 * cross-site request forgery). The session cookie is SameSite=Lax, which keeps it off requests
 * from other sites but not from another port of the same host (`http://localhost:8080` is the
 * same site as `http://localhost:3000`), so a write is accepted only when the browser says it
 * comes from one of the server's own origins.
 *
 * Browsers send `Origin` on every POST; a page whose Referrer-Policy is `no-referrer` sends
 * `Origin: null` even to its own server, and then `Sec-Fetch-Site` tells where it came from.
 * A request with neither header is not from a browser page (a script, a mail provider's
 * one-click unsubscribe) and cannot carry a victim's cookie on a forger's behalf.
 */

type OriginVerdict =
  | { allowed: true }
  | {
      allowed: false;
      /** The origin the request came from, when the browser named it. */
      from: string | null;
    };

interface RequestOriginFacts {
  method: string;
  /** The `Origin` header, if any (may be the string "null"). */
  origin: string | null;
  /** The `Sec-Fetch-Site` header, if any. */
  fetchSite: string | null;
  /** The server's own origins: PUBLIC_URL's, and any other it is set up to answer at. */
  trustedOrigins: ReadonlySet<string>;
}

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

/** `same-origin`, or `none` (the person typed the address or used a bookmark). */
const OWN_FETCH_SITES = new Set(["same-origin", "none"]);

export function judgeRequestOrigin(facts: RequestOriginFacts): OriginVerdict {
  if (READS.has(facts.method.toUpperCase())) return { allowed: true };
  const origin = facts.origin?.trim() || null;
  if (origin !== null && origin !== "null") {
    return facts.trustedOrigins.has(origin.toLowerCase())
      ? { allowed: true }
      : { allowed: false, from: origin };
  }
  const fetchSite = facts.fetchSite?.trim().toLowerCase() || null;
  if (fetchSite !== null) {
    return OWN_FETCH_SITES.has(fetchSite) ? { allowed: true } : { allowed: false, from: null };
  }
  // "Origin: null" with no Sec-Fetch-Site: a browser that will not say where it is; refuse.
  return origin === "null" ? { allowed: false, from: null } : { allowed: true };
}
