import { createHash, randomBytes } from "node:crypto";
import type { Database } from "@throughline/db/client";
import { issueSetupToken } from "@throughline/db/queries/accounts/setup-token";

/** How long a set-up link works. */
const setupLinkLifetimeMs = 24 * 60 * 60 * 1000;

/** A fast hash is enough: the token is 256 random bits, not a password anyone could guess. */
export function hashSetupToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * A fresh set-up link: 32 random bytes (base64url) in the address, only their SHA-256 stored.
 * Any earlier link that was not used stops working.
 */
export async function issueSetupLink(
  db: Database,
  params: { publicUrl: string; now?: Date },
): Promise<string> {
  const now = params.now ?? new Date();
  const token = randomBytes(32).toString("base64url");
  await issueSetupToken(db, {
    tokenHash: hashSetupToken(token),
    expiresAt: new Date(now.getTime() + setupLinkLifetimeMs),
    now,
  });
  return `${params.publicUrl.replace(/\/+$/, "")}/setup/${token}`;
}
