/*
 * Request paths as they are logged. Some paths carry a secret (a one-time link, a private
 * calendar feed): its token segment is replaced, so a log never holds a working link. Query
 * strings are never logged at all.
 */

const REDACTED = ":token";

/** Each pattern matches a path whose last segment (or, for feeds, file name) is a secret. */
const SECRET_PATHS: RegExp[] = [
  /^(\/invite\/)[^/]+/,
  /^(\/setup\/)[^/]+/,
  /^(\/password\/reset\/)[^/]+/,
  /^(\/reset-password\/)[^/]+/,
  /^(\/api\/auth\/reset-password\/)[^/]+/,
  /^(\/unsubscribe\/)[^/]+/,
  /^(\/calendar\/[^/]+\/)[^/]+?(?=\.ics$|$)/,
];

/** Any other segment that looks like a random token (long, and not a plain id) is hidden too. */
const TOKEN_LIKE = /^[A-Za-z0-9_.-]{32,}$/;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\.[a-z]+)?$/i;

export function redactPath(path: string): string {
  for (const pattern of SECRET_PATHS) {
    if (pattern.test(path)) return path.replace(pattern, `$1${REDACTED}`);
  }
  return path
    .split("/")
    .map((segment) => (TOKEN_LIKE.test(segment) && !ID.test(segment) ? REDACTED : segment))
    .join("/");
}
