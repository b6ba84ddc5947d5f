import { and, desc, eq, ilike, isNull, or, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { awardedBadge, credentialVersion, person } from "../../schema/index.ts";
import { teacherOfBadge, versionOfBadge } from "../sql/same-district-joins.ts";

/*
 * Awarded badges as a district admin sees them, and revocation: the status list credential and
 * the public page read `revoked_at`.
 */

export interface AwardedBadgeRow {
  id: string;
  teacherName: string;
  credentialName: string;
  version: number;
  awardedAt: Date;
  validUntil: Date | null;
  revokedAt: Date | null;
  revokedReason: string | null;
}

const MOST_LISTED = 200;

/** Newest first; `search` matches the teacher's name or the credential's name. */
export async function listAwardedBadges(
  tx: Transaction,
  params: { search: string },
): Promise<AwardedBadgeRow[]> {
  const pattern = `%${params.search.replace(/[\\%_]/g, (match) => `\\${match}`)}%`;
  return tx
    .select({
      id: awardedBadge.id,
      teacherName: person.displayName,
      credentialName: credentialVersion.name,
      version: credentialVersion.version,
      awardedAt: awardedBadge.awardedAt,
      validUntil: awardedBadge.validUntil,
      revokedAt: awardedBadge.revokedAt,
      revokedReason: awardedBadge.revokedReason,
    })
    .from(awardedBadge)
    .innerJoin(person, teacherOfBadge)
    .innerJoin(credentialVersion, versionOfBadge)
    .where(
      params.search === ""
        ? undefined
        : or(ilike(person.displayName, pattern), ilike(credentialVersion.name, pattern)),
    )
    .orderBy(desc(awardedBadge.awardedAt), sql`${awardedBadge.id}`)
    .limit(MOST_LISTED);
}

export type RevokeResult = "revoked" | "already_revoked" | "not_found";

export async function revokeAwardedBadge(
  tx: Transaction,
  params: { badgeId: string; revokedById: string; reason: string; now: Date },
): Promise<RevokeResult> {
  const updated = await tx
    .update(awardedBadge)
    .set({
      revokedAt: params.now,
      revokedById: params.revokedById,
      revokedReason: params.reason,
    })
    .where(and(eq(awardedBadge.id, params.badgeId), isNull(awardedBadge.revokedAt)))
    .returning({ id: awardedBadge.id });
  if (updated.length > 0) return "revoked";
  const [exists] = await tx
    .select({ id: awardedBadge.id })
    .from(awardedBadge)
    .where(eq(awardedBadge.id, params.badgeId));
  return exists ? "already_revoked" : "not_found";
}
