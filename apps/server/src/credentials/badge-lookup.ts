import type { Database } from "@throughline/db/client";
import {
  findPublicBadgeRow,
  revokedStatusIndexes,
  versionIndicators,
} from "@throughline/db/queries/credentials/awarded-badge";
import { findCredentialVersion } from "@throughline/db/queries/credentials/credential-version";
import { listIssuerKeys } from "@throughline/db/queries/credentials/issuer-key";
import {
  listPublicDistricts,
  type PublicDistrict,
} from "@throughline/db/queries/districts/public-district";
import { withTenant } from "@throughline/db/tenant";
import { didDocument } from "@throughline/open-badges/did-web";
import { issuerUrls } from "@throughline/open-badges/public-urls";

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
  return withTenant(db, districtId, (tx) => revokedStatusIndexes(tx));
}

/** A credential version as its public Achievement shows it, with its indicators. */
export function achievementVersion(db: Database, districtId: string, versionId: string) {
  return withTenant(db, districtId, async (tx) => {
    const version = await findCredentialVersion(tx, versionId);
    if (!version) return null;
    return { version, indicators: await versionIndicators(tx, versionId) };
  });
}

interface PublicBadge {
  district: PublicDistrict;
  earnerName: string;
  revokedAt: Date | null;
  signedCredential: Record<string, unknown> | null;
}

/**
 * An awarded badge by its public id. The id does not say which district issued it and row
 * security answers nothing without a district, so each district is asked in turn: there are
 * few, and a badge id (a random UUID) is found in exactly one.
 */
export async function findPublicBadge(db: Database, badgeId: string): Promise<PublicBadge | null> {
  for (const candidate of await listPublicDistricts(db)) {
    const found = await withTenant(db, candidate.id, (tx) => findPublicBadgeRow(tx, badgeId));
    if (found) return { district: candidate, ...found };
  }
  return null;
}
