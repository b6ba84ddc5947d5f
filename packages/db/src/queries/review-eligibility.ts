import { and, eq, gt } from "drizzle-orm";
import type { Transaction } from "../client.ts";
import {
  credentialLeadReviewer,
  credentialSubmission,
  district,
  reviewerCertification,
} from "../schema/index.ts";
import { coachesTeacher } from "./plan-readers.ts";

/**
 * Who may review a micro-credential submission, in one place so the review API, the evidence
 * file routes and the tests ask the same question. A reviewer must be a lead reviewer of the
 * credential or hold an unexpired certification for it; never the submitter; and, when the
 * district says so (the default), never a teacher's own coach or team facilitator.
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
  const latest = certifications.reduce<Date | null>(
    (max, row) => (max === null || row.expiresAt > max ? row.expiresAt : max),
    null,
  );
  return { isLead: lead !== undefined, certifiedUntil: latest };
}

/** Whether `personId` may review the submission; null when the submission is not in the district. */
export async function reviewEligibility(
  tx: Transaction,
  params: { personId: string; submissionId: string; now: Date },
): Promise<ReviewEligibility | null> {
  const [submission] = await tx
    .select({
      personId: credentialSubmission.personId,
      credentialId: credentialSubmission.credentialId,
      excludesCoached: district.reviewExcludesCoached,
    })
    .from(credentialSubmission)
    .innerJoin(district, eq(district.id, credentialSubmission.districtId))
    .where(eq(credentialSubmission.id, params.submissionId));
  if (!submission) return null;
  if (submission.personId === params.personId) return { ok: false, reason: "own_submission" };

  const standing = await reviewerStanding(tx, {
    personId: params.personId,
    credentialId: submission.credentialId,
    now: params.now,
  });
  if (!standing.isLead && standing.certifiedUntil === null) {
    return { ok: false, reason: "not_certified" };
  }
  if (
    submission.excludesCoached &&
    (await coachesTeacher(tx, { coachId: params.personId, teacherId: submission.personId }))
  ) {
    return { ok: false, reason: "coaches_teacher" };
  }
  return { ok: true, isLead: standing.isLead };
}
