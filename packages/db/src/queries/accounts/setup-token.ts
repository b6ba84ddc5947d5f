import { and, eq, gt, isNull } from "drizzle-orm";
import type { Database, Transaction } from "../../client.ts";
import { district, setupToken } from "../../schema/index.ts";

/*
 * The one-time set-up link of an empty installation. The caller makes the random token and
 * passes only its SHA-256; the token itself is never stored.
 */

/** Whether the installation has any district: once it does, there is nothing to set up. */
export async function anyDistrictExists(db: Database | Transaction): Promise<boolean> {
  const [found] = await db.select({ id: district.id }).from(district).limit(1);
  return found !== undefined;
}

/** A new set-up token; every earlier token that was not used stops working now. */
export async function issueSetupToken(
  db: Database,
  params: { tokenHash: string; expiresAt: Date; now: Date },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(setupToken)
      .set({ expiresAt: params.now })
      .where(and(isNull(setupToken.usedAt), gt(setupToken.expiresAt, params.now)));
    await tx
      .insert(setupToken)
      .values({ tokenHash: params.tokenHash, expiresAt: params.expiresAt });
  });
}

/** Whether a token hash belongs to a set-up link that still works: not used, not expired. */
export async function setupTokenIsOpen(
  db: Database | Transaction,
  params: { tokenHash: string; now: Date },
): Promise<boolean> {
  const [found] = await db
    .select({ id: setupToken.id })
    .from(setupToken)
    .where(openToken(params))
    .limit(1);
  return found !== undefined;
}

/**
 * Uses the token up inside the caller's transaction; false when it no longer works. The row
 * lock makes a second submission of the same form wait, then find the token used.
 */
export async function claimSetupToken(
  tx: Transaction,
  params: { tokenHash: string; now: Date },
): Promise<boolean> {
  const claimed = await tx
    .update(setupToken)
    .set({ usedAt: params.now })
    .where(openToken(params))
    .returning({ id: setupToken.id });
  return claimed.length > 0;
}

function openToken(params: { tokenHash: string; now: Date }) {
  return and(
    eq(setupToken.tokenHash, params.tokenHash),
    isNull(setupToken.usedAt),
    gt(setupToken.expiresAt, params.now),
  );
}
