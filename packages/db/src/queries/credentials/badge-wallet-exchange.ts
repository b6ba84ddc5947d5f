import { and, eq, gt, isNull } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { awardedBadge, badgeWalletExchange, district } from "../../schema/index.ts";

/* Offers of a badge to a wallet (VC-API exchanges), in the tenant transaction. */

/** The earner's own badge, as offering it to a wallet needs it; null when it is not theirs. */
export async function findOwnBadgeToOffer(
  tx: Transaction,
  params: { badgeId: string; personId: string },
) {
  const [row] = await tx
    .select({
      id: awardedBadge.id,
      revokedAt: awardedBadge.revokedAt,
      validUntil: awardedBadge.validUntil,
      signed: awardedBadge.signedCredential,
      districtSlug: district.slug,
    })
    .from(awardedBadge)
    .innerJoin(district, eq(district.id, awardedBadge.districtId))
    .where(and(eq(awardedBadge.id, params.badgeId), eq(awardedBadge.personId, params.personId)));
  return row ?? null;
}

export async function insertWalletExchange(
  tx: Transaction,
  values: typeof badgeWalletExchange.$inferInsert,
): Promise<void> {
  await tx.insert(badgeWalletExchange).values(values);
}

/** An exchange not yet used and not expired at `now`, by its token's hash; null otherwise. */
export async function findOpenWalletExchange(
  tx: Transaction,
  params: { tokenHash: string; now: Date },
) {
  const [row] = await tx
    .select({
      id: badgeWalletExchange.id,
      badgeId: badgeWalletExchange.badgeId,
      challenge: badgeWalletExchange.challenge,
      expiresAt: badgeWalletExchange.expiresAt,
      revokedAt: awardedBadge.revokedAt,
      signed: awardedBadge.signedCredential,
    })
    .from(badgeWalletExchange)
    .innerJoin(
      awardedBadge,
      and(
        eq(awardedBadge.districtId, badgeWalletExchange.districtId),
        eq(awardedBadge.id, badgeWalletExchange.badgeId),
      ),
    )
    .where(
      and(
        eq(badgeWalletExchange.tokenHash, params.tokenHash),
        isNull(badgeWalletExchange.completedAt),
        gt(badgeWalletExchange.expiresAt, params.now),
      ),
    );
  return row ?? null;
}

/**
 * Marks an exchange used by `holderDid`. Answers false when it was used meanwhile: the update
 * only touches an open exchange, so of two wallets racing with one link, one gets the badge.
 */
export async function completeWalletExchange(
  tx: Transaction,
  params: { id: string; holderDid: string; now: Date },
): Promise<boolean> {
  const done = await tx
    .update(badgeWalletExchange)
    .set({ holderDid: params.holderDid, completedAt: params.now })
    .where(and(eq(badgeWalletExchange.id, params.id), isNull(badgeWalletExchange.completedAt)))
    .returning({ id: badgeWalletExchange.id });
  return done.length === 1;
}
