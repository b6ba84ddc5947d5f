import { createHmac, timingSafeEqual } from "node:crypto";
import { parseCookies } from "better-auth/cookies";
import type { Auth } from "./auth.ts";

/** What a request's cookies say about its session, read the way Better Auth reads them. */
export interface SessionCookie {
  /** The session token, its signature checked against the server's secret. */
  token: string;
  /** Signed in without "remember me": Better Auth never extends such a session. */
  dontRemember: boolean;
  /** Better Auth's session lifetime and how often it extends a session, in seconds. */
  expiresIn: number;
  updateAge: number;
}

/**
 * The signed session token of a request, or null when it has none or its signature is not the
 * server's (Better Auth's signed cookie: `token.base64(HMAC-SHA256(secret, token))`). Cookie
 * names, secret and session timing come from Better Auth's own context, so they follow its
 * configuration (the `__Secure-` prefix included).
 */
export async function readSessionCookie(
  auth: Auth,
  headers: Headers,
): Promise<SessionCookie | null> {
  const header = headers.get("cookie");
  if (!header) return null;
  const context = await auth.$context;
  const cookies = parseCookies(header);
  const value = cookies.get(context.authCookies.sessionToken.name);
  const token = value ? verifiedValue(value, context.secret) : null;
  if (!token) return null;
  const rememberValue = cookies.get(context.authCookies.dontRememberToken.name);
  return {
    token,
    dontRemember: rememberValue ? verifiedValue(rememberValue, context.secret) !== null : false,
    expiresIn: context.sessionConfig.expiresIn,
    updateAge: context.sessionConfig.updateAge,
  };
}

/**
 * Signed values already checked, per secret: a signed-in person sends the same cookie with
 * every request, and its HMAC was a few percent of a small request's time. Only a value whose
 * signature was checked is kept, keyed by the whole signed value, so a guess never finds an
 * entry it could not have made valid itself. Bounded: emptied when full.
 */
const checkedValues = new Map<string, Map<string, string>>();
const MAX_CHECKED_VALUES = 10_000;

function verifiedValue(signedValue: string, secret: string): string | null {
  let checked = checkedValues.get(secret);
  if (!checked) {
    checked = new Map();
    checkedValues.set(secret, checked);
  }
  const known = checked.get(signedValue);
  if (known !== undefined) return known;
  const value = checkedSignature(signedValue, secret);
  if (value === null) return null;
  if (checked.size >= MAX_CHECKED_VALUES) checked.clear();
  checked.set(signedValue, value);
  return value;
}

function checkedSignature(signedValue: string, secret: string): string | null {
  const dot = signedValue.lastIndexOf(".");
  if (dot < 1) return null;
  const value = signedValue.slice(0, dot);
  const signature = signedValue.slice(dot + 1);
  if (signature.length !== 44 || !signature.endsWith("=")) return null;
  const given = Buffer.from(signature, "base64");
  const expected = createHmac("sha256", secret).update(value).digest();
  return given.length === expected.length && timingSafeEqual(given, expected) ? value : null;
}

/**
 * Better Auth extends a session's expiry once `updateAge` has passed since it was last
 * extended; such a request goes through Better Auth so the extension is written.
 */
export function dueForExtension(cookie: SessionCookie, expiresAtMs: number, now: number): boolean {
  if (cookie.dontRemember) return false;
  return expiresAtMs - cookie.expiresIn * 1000 + cookie.updateAge * 1000 <= now;
}
