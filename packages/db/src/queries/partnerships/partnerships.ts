import { and, desc, eq, inArray, isNull, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Transaction } from "../../client.ts";
import {
  district,
  districtPartnership,
  partnerReviewerGrant,
  partnerReviewerOffer,
} from "../../schema/index.ts";

/*
 * Partnerships, read and written in one district's transaction: the tables' own row security
 * shows this district only the partnerships it is a party to.
 */

const proposer = alias(district, "proposer");
const partner = alias(district, "partner");

/** A district of the installation by its short name (the district table is not a tenant's). */
export async function districtBySlug(tx: Transaction, slug: string) {
  const [found] = await tx
    .select({ id: district.id, name: district.name })
    .from(district)
    .where(eq(district.slug, slug))
    .limit(1);
  return found ?? null;
}

/** The short name a partner proposes to this district by. */
export async function districtSlugOf(tx: Transaction, districtId: string): Promise<string> {
  const [found] = await tx
    .select({ slug: district.slug })
    .from(district)
    .where(eq(district.id, districtId))
    .limit(1);
  return found?.slug ?? "";
}

/** The district's partnerships, newest first, with both districts' names. */
export async function partnershipsOf(tx: Transaction, districtId: string) {
  return tx
    .select({
      id: districtPartnership.id,
      proposerDistrictId: districtPartnership.proposerDistrictId,
      proposerName: proposer.name,
      partnerDistrictId: districtPartnership.partnerDistrictId,
      partnerName: partner.name,
      note: districtPartnership.note,
      proposedAt: districtPartnership.proposedAt,
      acceptedAt: districtPartnership.acceptedAt,
      endedAt: districtPartnership.endedAt,
    })
    .from(districtPartnership)
    .innerJoin(proposer, eq(proposer.id, districtPartnership.proposerDistrictId))
    .innerJoin(partner, eq(partner.id, districtPartnership.partnerDistrictId))
    .where(
      or(
        eq(districtPartnership.proposerDistrictId, districtId),
        eq(districtPartnership.partnerDistrictId, districtId),
      ),
    )
    .orderBy(desc(districtPartnership.proposedAt));
}

/** One partnership this district is a party to (locked for a change), or null. */
export async function partnershipForUpdate(tx: Transaction, partnershipId: string) {
  const [found] = await tx
    .select()
    .from(districtPartnership)
    .where(eq(districtPartnership.id, partnershipId))
    .for("update");
  return found ?? null;
}

/** A partnership between the two districts not ended yet, whoever proposed it. */
export async function openPartnershipBetween(
  tx: Transaction,
  params: { districtId: string; otherDistrictId: string },
) {
  const { districtId, otherDistrictId } = params;
  const [found] = await tx
    .select({ id: districtPartnership.id })
    .from(districtPartnership)
    .where(
      and(
        isNull(districtPartnership.endedAt),
        or(
          and(
            eq(districtPartnership.proposerDistrictId, districtId),
            eq(districtPartnership.partnerDistrictId, otherDistrictId),
          ),
          and(
            eq(districtPartnership.proposerDistrictId, otherDistrictId),
            eq(districtPartnership.partnerDistrictId, districtId),
          ),
        ),
      ),
    )
    .limit(1);
  return found ?? null;
}

export async function insertPartnership(
  tx: Transaction,
  values: { proposerDistrictId: string; partnerDistrictId: string; note: string; now: Date },
) {
  const [created] = await tx
    .insert(districtPartnership)
    .values({ ...values, proposedAt: values.now })
    .returning({ id: districtPartnership.id });
  if (!created) throw new Error("The partnership was not created.");
  return created.id;
}

export async function acceptPartnership(tx: Transaction, params: { id: string; now: Date }) {
  await tx
    .update(districtPartnership)
    .set({ acceptedAt: params.now })
    .where(eq(districtPartnership.id, params.id));
}

/**
 * Ends a partnership for both. The grants this district gave the partner's reviewers are
 * revoked here; the partner's grants stop counting because the partnership has ended (its rows
 * are the partner's own, out of this district's reach).
 */
export async function endPartnership(
  tx: Transaction,
  params: { id: string; districtId: string; now: Date },
) {
  await tx
    .update(districtPartnership)
    .set({ endedAt: params.now, endedByDistrictId: params.districtId })
    .where(eq(districtPartnership.id, params.id));
  const offers = tx
    .select({ id: partnerReviewerOffer.id })
    .from(partnerReviewerOffer)
    .where(eq(partnerReviewerOffer.partnershipId, params.id));
  await tx
    .update(partnerReviewerGrant)
    .set({ revokedAt: params.now })
    .where(
      and(inArray(partnerReviewerGrant.offerId, offers), isNull(partnerReviewerGrant.revokedAt)),
    );
}
