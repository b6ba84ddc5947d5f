import { asc, eq, isNotNull } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  awardedBadge,
  credentialIndicator,
  credentialSubmission,
  credentialVersion,
  district,
  indicator,
  person,
  submissionEvidence,
} from "../../schema/index.ts";
import {
  teacherOfBadge,
  tenantJoin,
  versionOfBadge,
  versionOfSubmission,
} from "../sql/same-district-joins.ts";

/* Awarded badges: what awarding and signing one reads and writes, in the tenant transaction. */

type AwardedBadgeRow = typeof awardedBadge.$inferSelect;
type AwardedBadgeInsert = typeof awardedBadge.$inferInsert;

/** The submission to award, with the credential version it was made against. */
export async function findSubmissionToAward(tx: Transaction, submissionId: string) {
  const [found] = await tx
    .select({ submission: credentialSubmission, version: credentialVersion })
    .from(credentialSubmission)
    .innerJoin(credentialVersion, versionOfSubmission)
    .where(eq(credentialSubmission.id, submissionId));
  return found ?? null;
}

/** Every status-list bit the district's badges already hold. */
export async function usedStatusIndexes(tx: Transaction): Promise<Set<number>> {
  const rows = await tx.select({ index: awardedBadge.statusIndex }).from(awardedBadge);
  return new Set(rows.map((row) => row.index));
}

/** Writes an awarded badge row and answers its id. */
export async function insertAwardedBadge(
  tx: Transaction,
  values: AwardedBadgeInsert,
): Promise<string> {
  const [badge] = await tx.insert(awardedBadge).values(values).returning({ id: awardedBadge.id });
  if (!badge) throw new Error("The badge row was not written.");
  return badge.id;
}

/** A badge with all its credential shows: version, submission, earner and issuing district. */
export async function findBadgeToSign(tx: Transaction, badgeId: string) {
  const [found] = await tx
    .select({
      badge: awardedBadge,
      version: credentialVersion,
      submission: credentialSubmission,
      person,
      district,
    })
    .from(awardedBadge)
    .innerJoin(credentialVersion, versionOfBadge)
    .innerJoin(
      credentialSubmission,
      tenantJoin(credentialSubmission, awardedBadge, awardedBadge.submissionId),
    )
    .innerJoin(person, teacherOfBadge)
    .innerJoin(district, eq(district.id, awardedBadge.districtId))
    .where(eq(awardedBadge.id, badgeId));
  return found ?? null;
}

/** The indicators a credential version aligns to, by code. */
export function versionIndicators(
  tx: Transaction,
  versionId: string,
): Promise<{ code: string; title: string; description: string }[]> {
  return tx
    .select({ code: indicator.code, title: indicator.title, description: indicator.description })
    .from(credentialIndicator)
    .innerJoin(
      indicator,
      tenantJoin(indicator, credentialIndicator, credentialIndicator.indicatorId),
    )
    .where(eq(credentialIndicator.versionId, versionId))
    .orderBy(asc(indicator.code));
}

/** The requirement each evidence item of a submission was given for. */
export async function submissionEvidenceKeys(
  tx: Transaction,
  submissionId: string,
): Promise<string[]> {
  const rows = await tx
    .select({ requirementKey: submissionEvidence.requirementKey })
    .from(submissionEvidence)
    .where(eq(submissionEvidence.submissionId, submissionId));
  return rows.map((row) => row.requirementKey);
}

/** Stores a badge's signed credential on its row. */
export async function storeSignedCredential(
  tx: Transaction,
  badgeId: string,
  signed: AwardedBadgeRow["signedCredential"],
): Promise<void> {
  await tx
    .update(awardedBadge)
    .set({ signedCredential: signed })
    .where(eq(awardedBadge.id, badgeId));
}

/** Status-list bits of the district's revoked badges, lowest first. */
export async function revokedStatusIndexes(tx: Transaction): Promise<number[]> {
  const rows = await tx
    .select({ index: awardedBadge.statusIndex })
    .from(awardedBadge)
    .where(isNotNull(awardedBadge.revokedAt))
    .orderBy(asc(awardedBadge.statusIndex));
  return rows.map((row) => row.index);
}

/**
 * An awarded badge as its public page shows it; null when the district has no such badge. The
 * reason for a revocation is not read: it stays with the district's record, and the page says
 * only when the badge was revoked.
 */
export async function findPublicBadgeRow(tx: Transaction, badgeId: string) {
  const [row] = await tx
    .select({
      earnerName: person.displayName,
      revokedAt: awardedBadge.revokedAt,
      signedCredential: awardedBadge.signedCredential,
    })
    .from(awardedBadge)
    .innerJoin(person, teacherOfBadge)
    .where(eq(awardedBadge.id, badgeId));
  return row ?? null;
}
