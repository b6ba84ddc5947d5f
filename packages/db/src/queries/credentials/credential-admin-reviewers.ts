import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  calibrationAttempt,
  credentialLeadReviewer,
  credentialSubmission,
  person,
  reviewerCertification,
  roleMembership,
} from "../../schema/index.ts";
import { holdsActiveRole } from "../people/person-roles.ts";
import {
  membershipsOfPerson,
  personOfLeadReviewer,
  tenantJoin,
} from "../sql/same-district-joins.ts";

/*
 * Who reviews a district's micro-credentials: lead reviewers named by an admin, people certified
 * by calibration, and how long submitted work has waited (the review settings: `review-settings.ts`).
 */

export interface ReviewerRow {
  credentialId: string;
  personId: string;
  name: string;
  isLead: boolean;
  /** The latest certification, if any (a lead need not hold one). */
  certifiedAt: Date | null;
  expiresAt: Date | null;
  calibrationAttempts: number;
}

export async function listReviewers(tx: Transaction): Promise<ReviewerRow[]> {
  const [leads, certifications, attempts] = await Promise.all([
    tx
      .select({
        credentialId: credentialLeadReviewer.credentialId,
        personId: credentialLeadReviewer.personId,
        name: person.displayName,
      })
      .from(credentialLeadReviewer)
      .innerJoin(person, personOfLeadReviewer),
    tx
      .select({
        credentialId: reviewerCertification.credentialId,
        personId: reviewerCertification.personId,
        name: person.displayName,
        certifiedAt: sql<Date>`max(${reviewerCertification.certifiedAt})`.mapWith(
          reviewerCertification.certifiedAt,
        ),
        expiresAt: sql<Date>`max(${reviewerCertification.expiresAt})`.mapWith(
          reviewerCertification.expiresAt,
        ),
      })
      .from(reviewerCertification)
      .innerJoin(person, tenantJoin(person, reviewerCertification, reviewerCertification.personId))
      .groupBy(
        reviewerCertification.credentialId,
        reviewerCertification.personId,
        person.displayName,
      ),
    tx
      .select({
        credentialId: calibrationAttempt.credentialId,
        personId: calibrationAttempt.personId,
        count: sql<number>`count(*)`.mapWith(Number),
      })
      .from(calibrationAttempt)
      .groupBy(calibrationAttempt.credentialId, calibrationAttempt.personId),
  ]);
  const rows = new Map<string, ReviewerRow>();
  const keyOf = (row: { credentialId: string; personId: string }) =>
    `${row.credentialId}:${row.personId}`;
  const attemptsOf = (row: { credentialId: string; personId: string }) =>
    attempts.find((entry) => keyOf(entry) === keyOf(row))?.count ?? 0;
  for (const lead of leads) {
    rows.set(keyOf(lead), {
      ...lead,
      isLead: true,
      certifiedAt: null,
      expiresAt: null,
      calibrationAttempts: attemptsOf(lead),
    });
  }
  for (const certified of certifications) {
    const existing = rows.get(keyOf(certified));
    rows.set(keyOf(certified), {
      ...certified,
      isLead: existing?.isLead ?? false,
      calibrationAttempts: attemptsOf(certified),
    });
  }
  return [...rows.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Submitted work waiting for a decision: when each was submitted, per credential. */
export async function listWaitingSubmissions(
  tx: Transaction,
): Promise<{ credentialId: string; personId: string; submittedAt: Date }[]> {
  const rows = await tx
    .select({
      credentialId: credentialSubmission.credentialId,
      personId: credentialSubmission.personId,
      submittedAt: credentialSubmission.submittedAt,
    })
    .from(credentialSubmission)
    .where(eq(credentialSubmission.status, "submitted"))
    .orderBy(asc(credentialSubmission.submittedAt));
  return rows.flatMap((row) =>
    row.submittedAt
      ? [{ credentialId: row.credentialId, personId: row.personId, submittedAt: row.submittedAt }]
      : [],
  );
}

/** Active coaches and district staff: the people an admin may name lead reviewers. */
export async function listLeadCandidates(
  tx: Transaction,
): Promise<{ personId: string; name: string }[]> {
  return tx
    .selectDistinct({ personId: person.id, name: person.displayName })
    .from(person)
    .innerJoin(roleMembership, membershipsOfPerson)
    .where(and(eq(person.active, true), inArray(roleMembership.role, ["coach", "district_admin"])))
    .orderBy(asc(person.displayName));
}

/** Whether the person may be named a lead reviewer: an active coach or district staff. */
export function isLeadCandidate(tx: Transaction, personId: string): Promise<boolean> {
  return holdsActiveRole(tx, { personId, roles: ["coach", "district_admin"] });
}

/** Names a lead reviewer; naming one twice changes nothing. */
export async function nameLeadReviewer(
  tx: Transaction,
  params: { districtId: string; credentialId: string; personId: string; namedById: string },
): Promise<void> {
  await tx.insert(credentialLeadReviewer).values(params).onConflictDoNothing();
}

export async function removeLeadReviewer(
  tx: Transaction,
  params: { credentialId: string; personId: string },
): Promise<boolean> {
  const removed = await tx
    .delete(credentialLeadReviewer)
    .where(
      and(
        eq(credentialLeadReviewer.credentialId, params.credentialId),
        eq(credentialLeadReviewer.personId, params.personId),
      ),
    )
    .returning({ id: credentialLeadReviewer.id });
  return removed.length > 0;
}
