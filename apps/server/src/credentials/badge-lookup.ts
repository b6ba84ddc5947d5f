import { listIssuerKeys } from "@throughline/api/credentials/issuer-key-store";
import { didDocument } from "@throughline/credentials/did-web";
import { issuerUrls } from "@throughline/credentials/public-urls";
import type { Database } from "@throughline/db/client";
import {
  awardedBadge,
  credentialIndicator,
  credentialVersion,
  district,
  indicator,
  person,
} from "@throughline/db/schema";
import { withTenant } from "@throughline/db/tenant";
import { asc, eq, isNotNull } from "drizzle-orm";

export interface PublicDistrict {
  id: string;
  name: string;
  slug: string;
  timeZone: string;
}

/** The district of a public address; the district table itself is not a tenant table. */
export async function districtBySlug(db: Database, slug: string): Promise<PublicDistrict | null> {
  const [found] = await db
    .select({
      id: district.id,
      name: district.name,
      slug: district.slug,
      timeZone: district.timeZone,
    })
    .from(district)
    .where(eq(district.slug, slug));
  return found ?? null;
}

/** The district's DID document: every key it has signed with, current and retired. */
export function districtDidDocument(
  db: Database,
  target: PublicDistrict,
  publicUrl: string,
): Promise<Record<string, unknown>> {
  return withTenant(db, target.id, async (tx) =>
    didDocument(issuerUrls(publicUrl, target.slug).did, await listIssuerKeys(tx)),
  );
}

/** Status-list bits of the district's revoked badges. */
export function revokedIndexes(db: Database, districtId: string): Promise<number[]> {
  return withTenant(db, districtId, async (tx) =>
    (
      await tx
        .select({ index: awardedBadge.statusIndex })
        .from(awardedBadge)
        .where(isNotNull(awardedBadge.revokedAt))
        .orderBy(asc(awardedBadge.statusIndex))
    ).map((row) => row.index),
  );
}

/** A credential version as its public Achievement shows it, with its indicators. */
export function achievementVersion(db: Database, districtId: string, versionId: string) {
  return withTenant(db, districtId, async (tx) => {
    const [version] = await tx
      .select()
      .from(credentialVersion)
      .where(eq(credentialVersion.id, versionId));
    if (!version) return null;
    const indicators = await tx
      .select({ code: indicator.code, title: indicator.title, description: indicator.description })
      .from(credentialIndicator)
      .innerJoin(indicator, eq(indicator.id, credentialIndicator.indicatorId))
      .where(eq(credentialIndicator.versionId, versionId))
      .orderBy(asc(indicator.code));
    return { version, indicators };
  });
}

export interface PublicBadge {
  district: PublicDistrict;
  earnerName: string;
  revokedAt: Date | null;
  revokedReason: string | null;
  signedCredential: Record<string, unknown> | null;
}

/**
 * An awarded badge by its public id. The id does not say which district issued it and row
 * security answers nothing without a district, so each district is asked in turn: there are
 * few, and a badge id (a random UUID) is found in exactly one.
 */
export async function findPublicBadge(db: Database, badgeId: string): Promise<PublicBadge | null> {
  const districts = await db
    .select({
      id: district.id,
      name: district.name,
      slug: district.slug,
      timeZone: district.timeZone,
    })
    .from(district)
    .orderBy(asc(district.createdAt));
  for (const candidate of districts) {
    const found = await withTenant(db, candidate.id, async (tx) => {
      const [row] = await tx
        .select({
          earnerName: person.displayName,
          revokedAt: awardedBadge.revokedAt,
          revokedReason: awardedBadge.revokedReason,
          signedCredential: awardedBadge.signedCredential,
        })
        .from(awardedBadge)
        .innerJoin(person, eq(person.id, awardedBadge.personId))
        .where(eq(awardedBadge.id, badgeId));
      return row ?? null;
    });
    if (found) return { district: candidate, ...found };
  }
  return null;
}
