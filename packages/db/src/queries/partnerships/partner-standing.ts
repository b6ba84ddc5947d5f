import { and, eq, gt, isNotNull, isNull, max } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  districtPartnership,
  partnerReviewerGrant,
  partnerReviewerOffer,
} from "../../schema/index.ts";

/*
 * A partner district's reviewer, as this district's review rules see them. The grant counts
 * while `partnerGrantInForce` (`@throughline/domain/rules/partner-reviewing`) holds: unexpired,
 * unrevoked, its offer not withdrawn and the partnership in force. The partnership and offer
 * rows are read under their own row security, which lets this district see only its own.
 */

const inForce = (now: Date) =>
  and(
    gt(partnerReviewerGrant.expiresAt, now),
    isNull(partnerReviewerGrant.revokedAt),
    isNull(partnerReviewerOffer.withdrawnAt),
    isNotNull(districtPartnership.acceptedAt),
    isNull(districtPartnership.endedAt),
  );

/** Until when a partner's certification lets `personId` review `credentialId` here (null: not). */
export async function partnerCertifiedUntil(
  tx: Transaction,
  params: { personId: string; credentialId: string; now: Date },
): Promise<Date | null> {
  const [row] = await tx
    .select({ until: max(partnerReviewerGrant.expiresAt) })
    .from(partnerReviewerGrant)
    .innerJoin(partnerReviewerOffer, eq(partnerReviewerOffer.id, partnerReviewerGrant.offerId))
    .innerJoin(districtPartnership, eq(districtPartnership.id, partnerReviewerOffer.partnershipId))
    .where(
      and(
        eq(partnerReviewerGrant.personId, params.personId),
        eq(partnerReviewerGrant.credentialId, params.credentialId),
        inForce(params.now),
      ),
    );
  return row?.until ?? null;
}

/** Whether the person holds a grant in force here (the coach app's review pages are theirs). */
export async function holdsPartnerGrant(
  tx: Transaction,
  params: { personId: string; now: Date },
): Promise<boolean> {
  const [row] = await tx
    .select({ id: partnerReviewerGrant.id })
    .from(partnerReviewerGrant)
    .innerJoin(partnerReviewerOffer, eq(partnerReviewerOffer.id, partnerReviewerGrant.offerId))
    .innerJoin(districtPartnership, eq(districtPartnership.id, partnerReviewerOffer.partnershipId))
    .where(and(eq(partnerReviewerGrant.personId, params.personId), inForce(params.now)))
    .limit(1);
  return row !== undefined;
}

/**
 * Whether the person ever reviewed here for a partner: such a reviewer always reviews blind,
 * whatever the district's own setting, and stays blind after a grant lapses.
 */
export async function reviewsForPartner(tx: Transaction, personId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: partnerReviewerGrant.id })
    .from(partnerReviewerGrant)
    .where(eq(partnerReviewerGrant.personId, personId))
    .limit(1);
  return row !== undefined;
}
