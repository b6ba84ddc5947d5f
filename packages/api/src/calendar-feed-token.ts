import { createHash, randomBytes } from "node:crypto";

/** A new feed secret: 32 random bytes, base64url (43 characters, safe in a URL path). */
export function newFeedToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * Only this hash is stored, so a leaked database does not hand out working feed links. A fast
 * hash is enough: the token is 256 random bits, not a password anyone could guess.
 */
export function hashFeedToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Where to subscribe: the district is in the path because row security needs it before the lookup. */
export function feedUrl(origin: string, districtId: string, token: string): string {
  return `${origin.replace(/\/+$/, "")}/calendar/${districtId}/${token}.ics`;
}
