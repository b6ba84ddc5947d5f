import { and, eq, gt, inArray } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  credentialLeadReviewer,
  credentialSubmission,
  district,
  reviewerCertification,
} from "../../schema/index.ts";
import { teachersCoachedBy } from "../action-plans/plan-readers.ts";
import { partnerCertifiedUntil } from "../partnerships/partner-standing.ts";

/**
 * Who may review a micro-credential submission, in one place so the review API, the evidence
 * file routes and the tests ask the same question. A reviewer must be a lead reviewer of the
 * credential or hold an unexpired certification for it (earned here, or a partner district's
 * accepted here while the partnership holds); never the submitter; and, when the district says
 * so (the default), never a teacher's own coach or team facilitator.
 */

/** Why a person may not review a submission. */
export type ReviewRefusal = "own_submission" | "not_certified" | "coaches_teacher";

export type ReviewEligibility =
  | { ok: true; isLead: boolean }
  | { ok: false; reason: ReviewRefusal };

/** How a person stands toward reviewing one credential: lead, certified (until), or neither. */
export async function reviewerStanding(
  tx: Transaction,
  params: { personId: string; credentialId: string; now: Date },
): Promise<{ isLead: boolean; certifiedUntil: Date | null }> {
  const [lead] = await tx
    .select({ id: credentialLeadReviewer.id })
    .from(credentialLeadReviewer)
    .where(
      and(
        eq(credentialLeadReviewer.credentialId, params.credentialId),
        eq(credentialLeadReviewer.personId, params.personId),
      ),
    )
    .limit(1);
  const certifications = await tx
    .select({ expiresAt: reviewerCertification.expiresAt })
    .from(reviewerCertification)
    .where(
      and(
        eq(reviewerCertification.credentialId, params.credentialId),
        eq(reviewerCertification.personId, params.personId),
        gt(reviewerCertification.expiresAt, params.now),
      ),
    );
  const partnerUntil = await partnerCertifiedUntil(tx, params);
  const latest = [...certifications.map((row) => row.expiresAt), partnerUntil].reduce<Date | null>(
    (max, until) => (until !== null && (max === null || until > max) ? until : max),
    null,
  );
  return { isLead: lead !== undefined, certifiedUntil: latest };
}

/** Whether `personId` may review the submission; null when the submission is not in the district. */
export async function reviewEligibility(
  tx: Transaction,
  params: { personId: string; submissionId: string; now: Date },
): Promise<ReviewEligibility | null> {
  const all = await reviewEligibilities(tx, {
    personId: params.personId,
    submissionIds: [params.submissionId],
    now: params.now,
  });
  return all.get(params.submissionId) ?? null;
}

/**
 * The same rule for many submissions at once (a reviewer's queue): one query for the
 * submissions, one standing per credential, one coaching lookup for all the submitters.
 * Submissions not in the district are absent from the map.
 */
export async function reviewEligibilities(
  tx: Transaction,
  params: { personId: string; submissionIds: readonly string[]; now: Date },
): Promise<Map<string, ReviewEligibility>> {
  const result = new Map<string, ReviewEligibility>();
  if (params.submissionIds.length === 0) return result;
  const submissions = await tx
    .select({
      id: credentialSubmission.id,
      personId: credentialSubmission.personId,
      credentialId: credentialSubmission.credentialId,
      excludesCoached: district.reviewExcludesCoached,
    })
    .from(credentialSubmission)
    .innerJoin(district, eq(district.id, credentialSubmission.districtId))
    .where(inArray(credentialSubmission.id, [...params.submissionIds]));

  const standings = new Map<string, Awaited<ReturnType<typeof reviewerStanding>>>();
  for (const credentialId of new Set(submissions.map((row) => row.credentialId))) {
    standings.set(
      credentialId,
      await reviewerStanding(tx, { personId: params.personId, credentialId, now: params.now }),
    );
  }
  const coached = submissions.some((row) => row.excludesCoached)
    ? await teachersCoachedBy(tx, {
        coachId: params.personId,
        teacherIds: submissions.map((row) => row.personId),
      })
    : new Set<string>();

  for (const submission of submissions) {
    const standing = standings.get(submission.credentialId);
    if (submission.personId === params.personId) {
      result.set(submission.id, { ok: false, reason: "own_submission" });
    } else if (!standing || (!standing.isLead && standing.certifiedUntil === null)) {
      result.set(submission.id, { ok: false, reason: "not_certified" });
    } else if (submission.excludesCoached && coached.has(submission.personId)) {
      result.set(submission.id, { ok: false, reason: "coaches_teacher" });
    } else {
      result.set(submission.id, { ok: true, isLead: standing.isLead });
    }
  }
  return result;
}
