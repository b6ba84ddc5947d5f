import { and, asc, desc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  partnerReviewerGrant,
  partnerReviewerOffer,
  person,
  reviewerCertification,
} from "../../schema/index.ts";
import { currentCredentialVersions } from "../credentials/calibration.ts";

/*
 * Certified reviewers offered between partners: the offering district's current
 * certifications, the offers both parties see, and the receiving district's grants.
 */

/** The district's certifications still current, each a reviewer it may offer. */
export async function currentCertifications(tx: Transaction, now: Date) {
  const versions = await currentCredentialVersions(tx);
  const names = new Map(versions.map((version) => [version.credentialId, version.name]));
  const rows = await tx
    .select({
      certificationId: reviewerCertification.id,
      credentialId: reviewerCertification.credentialId,
      personId: person.id,
      reviewerName: person.displayName,
      reviewerEmail: person.email,
      expiresAt: reviewerCertification.expiresAt,
    })
    .from(reviewerCertification)
    .innerJoin(
      person,
      and(
        eq(person.districtId, reviewerCertification.districtId),
        eq(person.id, reviewerCertification.personId),
      ),
    )
    .where(and(gt(reviewerCertification.expiresAt, now), eq(person.active, true)))
    .orderBy(asc(person.displayName), desc(reviewerCertification.expiresAt));
  return rows.flatMap((row) => {
    const credentialName = names.get(row.credentialId);
    return credentialName ? [{ ...row, credentialName }] : [];
  });
}

/** Offers of one partnership, both directions, newest first. */
export async function offersOfPartnerships(tx: Transaction, partnershipIds: readonly string[]) {
  if (partnershipIds.length === 0) return [];
  return tx
    .select()
    .from(partnerReviewerOffer)
    .where(inArray(partnerReviewerOffer.partnershipId, [...partnershipIds]))
    .orderBy(desc(partnerReviewerOffer.offeredAt));
}

export async function insertOffer(
  tx: Transaction,
  values: typeof partnerReviewerOffer.$inferInsert,
) {
  const [created] = await tx
    .insert(partnerReviewerOffer)
    .values(values)
    .returning({ id: partnerReviewerOffer.id });
  if (!created) throw new Error("The offer was not created.");
  return created.id;
}

/** One offer this district is a party to, locked for a change; null when none. */
export async function offerForUpdate(tx: Transaction, offerId: string) {
  const [found] = await tx
    .select()
    .from(partnerReviewerOffer)
    .where(eq(partnerReviewerOffer.id, offerId))
    .for("update");
  return found ?? null;
}

/** An offer of this certification to the partnership still open (not withdrawn or declined). */
export async function openOfferOf(
  tx: Transaction,
  params: { partnershipId: string; certificationId: string },
) {
  const [found] = await tx
    .select({ id: partnerReviewerOffer.id })
    .from(partnerReviewerOffer)
    .where(
      and(
        eq(partnerReviewerOffer.partnershipId, params.partnershipId),
        eq(partnerReviewerOffer.certificationId, params.certificationId),
        isNull(partnerReviewerOffer.withdrawnAt),
        isNull(partnerReviewerOffer.declinedAt),
      ),
    )
    .limit(1);
  return found ?? null;
}

export async function setOfferDecision(
  tx: Transaction,
  params: { offerId: string; field: "acceptedAt" | "declinedAt" | "withdrawnAt"; now: Date },
) {
  await tx
    .update(partnerReviewerOffer)
    .set({ [params.field]: params.now })
    .where(eq(partnerReviewerOffer.id, params.offerId));
}

/** The receiving district's credentials a reviewer could be accepted onto (open, newest name). */
export async function openCredentials(tx: Transaction) {
  const versions = await currentCredentialVersions(tx);
  return versions.map((version) => ({ id: version.credentialId, name: version.name }));
}

/** The receiving district's person with this address, if it has one. */
export async function personByEmail(tx: Transaction, email: string) {
  const [found] = await tx
    .select({ id: person.id, userId: person.userId, active: person.active })
    .from(person)
    .where(sql`lower(${person.email}) = ${email.toLowerCase()}`)
    .limit(1);
  return found ?? null;
}

export async function insertGrant(
  tx: Transaction,
  values: typeof partnerReviewerGrant.$inferInsert,
) {
  await tx.insert(partnerReviewerGrant).values(values);
}

/** Grants given here (the receiving district), with the reviewer's and the credential's names. */
export async function grantsHere(tx: Transaction) {
  return tx
    .select({
      id: partnerReviewerGrant.id,
      offerId: partnerReviewerGrant.offerId,
      personId: partnerReviewerGrant.personId,
      reviewerName: person.displayName,
      credentialId: partnerReviewerGrant.credentialId,
      expiresAt: partnerReviewerGrant.expiresAt,
      revokedAt: partnerReviewerGrant.revokedAt,
    })
    .from(partnerReviewerGrant)
    .innerJoin(
      person,
      and(
        eq(person.districtId, partnerReviewerGrant.districtId),
        eq(person.id, partnerReviewerGrant.personId),
      ),
    );
}

/** Revokes this district's grants made from one offer (the offer withdrawn or the grant ended). */
export async function revokeGrantsOfOffer(tx: Transaction, params: { offerId: string; now: Date }) {
  await tx
    .update(partnerReviewerGrant)
    .set({ revokedAt: params.now })
    .where(
      and(eq(partnerReviewerGrant.offerId, params.offerId), isNull(partnerReviewerGrant.revokedAt)),
    );
}
