import type { CriterionFeedback, CriterionScores } from "@throughline/domain/credential";
import type { ReviewKind, ReviewOutcome } from "@throughline/domain/enums";
import { asc, eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  credentialReview,
  credentialSubmission,
  credentialVersion,
  evidenceFile,
  person,
  submissionEvidence,
} from "../../schema/index.ts";
import {
  fileOfSubmissionEvidence,
  teacherOfSubmission,
  versionOfSubmission,
} from "../sql/same-district-joins.ts";

/**
 * One submission as a reviewer opens it: the version it is judged against, the teacher, and
 * its evidence. `forUpdate` locks the submission row so two reviewers finishing at the same
 * moment are decided one after the other.
 */
export async function submissionForReview(
  tx: Transaction,
  params: { submissionId: string; forUpdate?: boolean },
) {
  const query = tx
    .select({
      submission: credentialSubmission,
      version: credentialVersion,
      teacherName: person.displayName,
    })
    .from(credentialSubmission)
    .innerJoin(credentialVersion, versionOfSubmission)
    .innerJoin(person, teacherOfSubmission)
    .where(eq(credentialSubmission.id, params.submissionId));
  const [found] = params.forUpdate
    ? await query.for("update", { of: credentialSubmission })
    : await query;
  return found ?? null;
}

/** A submission's evidence in requirement order; a plan file brings its name from the plan. */
export async function evidenceForReview(tx: Transaction, submissionId: string) {
  const rows = await tx
    .select({ item: submissionEvidence, planFile: evidenceFile })
    .from(submissionEvidence)
    .leftJoin(evidenceFile, fileOfSubmissionEvidence)
    .where(eq(submissionEvidence.submissionId, submissionId))
    .orderBy(asc(submissionEvidence.requirementKey), asc(submissionEvidence.position));
  return rows.map(({ item, planFile }) => ({
    id: item.id,
    requirementKey: item.requirementKey,
    source: item.source,
    fileName: item.fileName ?? planFile?.fileName ?? null,
    contentType: item.contentType ?? planFile?.contentType ?? null,
    sizeBytes: item.sizeBytes ?? planFile?.sizeBytes ?? null,
    url: item.url,
    text: item.text,
    annotation: item.annotation,
  }));
}

/** Saves a reviewer's scoring (one row per reviewer and submission), draft or finished. */
export async function saveReview(
  tx: Transaction,
  params: {
    districtId: string;
    submissionId: string;
    reviewerId: string;
    kind: ReviewKind;
    scores: CriterionScores;
    feedback: CriterionFeedback;
    summary: string;
    outcome: ReviewOutcome | null;
    submittedAt: Date | null;
  },
): Promise<void> {
  const values = {
    kind: params.kind,
    scores: params.scores,
    feedback: params.feedback,
    summary: params.summary,
    outcome: params.outcome,
    submittedAt: params.submittedAt,
  };
  await tx
    .insert(credentialReview)
    .values({
      districtId: params.districtId,
      submissionId: params.submissionId,
      reviewerId: params.reviewerId,
      ...values,
    })
    .onConflictDoUpdate({
      target: [
        credentialReview.districtId,
        credentialReview.submissionId,
        credentialReview.reviewerId,
      ],
      set: { ...values, updatedAt: new Date() },
    });
}

/** Records the decision on a submission. */
export async function decideSubmission(
  tx: Transaction,
  params: { submissionId: string; outcome: ReviewOutcome; now: Date },
): Promise<void> {
  await tx
    .update(credentialSubmission)
    .set({ status: params.outcome, decidedAt: params.now, updatedAt: params.now })
    .where(eq(credentialSubmission.id, params.submissionId));
}
