import { createHash, randomBytes } from "node:crypto";
import { formatInviteToken } from "@throughline/domain/people-admin";

/**
 * A new invite token: the district (row security needs it before the lookup) and 32 random
 * bytes. Only the SHA-256 of the random part is stored; the link is shown to the admin once.
 */
export function newInviteToken(districtId: string): { token: string; tokenHash: string } {
  const secret = randomBytes(32).toString("base64url");
  return { token: formatInviteToken(districtId, secret), tokenHash: hashInviteSecret(secret) };
}

/** A fast hash is enough: the secret is 256 random bits, not a password anyone could guess. */
export function hashInviteSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function inviteUrl(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, "")}/invite/${token}`;
}
