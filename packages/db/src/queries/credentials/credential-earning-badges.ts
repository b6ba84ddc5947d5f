import { desc, eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { awardedBadge, credentialVersion, district } from "../../schema/index.ts";
import { versionOfBadge } from "../sql/same-district-joins.ts";

/** A person's awarded badges, newest first, with the version's name and the issuing district. */
export async function listMyBadges(tx: Transaction, params: { personId: string }) {
  return tx
    .select({
      id: awardedBadge.id,
      credentialId: awardedBadge.credentialId,
      versionId: awardedBadge.versionId,
      name: credentialVersion.name,
      competency: credentialVersion.competency,
      awardedAt: awardedBadge.awardedAt,
      validUntil: awardedBadge.validUntil,
      pdMinutes: awardedBadge.pdMinutes,
      revokedAt: awardedBadge.revokedAt,
      revokedReason: awardedBadge.revokedReason,
      districtName: district.name,
      districtSlug: district.slug,
    })
    .from(awardedBadge)
    .innerJoin(credentialVersion, versionOfBadge)
    .innerJoin(district, eq(district.id, awardedBadge.districtId))
    .where(eq(awardedBadge.personId, params.personId))
    .orderBy(desc(awardedBadge.awardedAt));
}
