import type { Transaction } from "@throughline/db/client";
import {
  decideSubmission,
  saveReview,
} from "@throughline/db/queries/credentials/credential-review";
import { reviewsOfSubmissions } from "@throughline/db/queries/credentials/credential-review-queue";
import type { ReviewScoringInput } from "@throughline/domain/credential-review";
import type { ReviewKind } from "@throughline/domain/enums";
import { completeScoringSchema } from "@throughline/domain/rules/complete-scoring";
import { outcomeOf } from "@throughline/domain/rules/credential-passing";
import { decisionFrom } from "@throughline/domain/rules/review-decision";
import { TRPCError } from "@trpc/server";
import { awardBadge } from "../../credentials/award-badge.ts";
import { requireValid } from "../../field-problem.ts";
import { notifySubmissionDecided } from "../../notifications/credential-notifications.ts";
import { submissionUnderReview } from "./under-review.ts";

interface ReviewContext {
  tx: Transaction;
  districtId: string;
  personId: string;
  publicUrl: string;
  secret: string;
}

/**
 * Finishes a review (independent, or a lead's decision on a disagreement), inside the request's
 * transaction: the outcome is recomputed from the scores; when the reviews now decide the
 * submission, its status is set, an earned badge is awarded and the teacher is told.
 */
export async function finishReview(
  ctx: ReviewContext,
  input: ReviewScoringInput,
  kind: ReviewKind,
) {
  const now = new Date();
  const { submission, version, settings, mode } = await submissionUnderReview(ctx, {
    submissionId: input.submissionId,
    now,
    leadOnly: kind === "lead_decision",
    forUpdate: true,
  });
  if (mode === "reviewed") {
    throw new TRPCError({
      code: "CONFLICT",
      message: "You have already reviewed this submission.",
    });
  }
  const expected = kind === "lead_decision" ? "decide" : "review";
  if (mode !== expected) {
    throw new TRPCError({
      code: "CONFLICT",
      message:
        kind === "lead_decision"
          ? "This submission has no disagreement for a lead reviewer to settle."
          : "This submission no longer needs an independent review.",
    });
  }

  requireValid(
    completeScoringSchema(version.rubric, version.passingRule),
    input,
    "Score every criterion before submitting.",
  );
  const result = outcomeOf(version.rubric, version.passingRule, input.scores);
  if (!result.complete) throw new Error("A complete scoring has an outcome.");
  await saveReview(ctx.tx, {
    districtId: ctx.districtId,
    submissionId: submission.id,
    reviewerId: ctx.personId,
    kind,
    scores: input.scores,
    feedback: input.feedback,
    summary: input.summary,
    outcome: result.outcome,
    submittedAt: now,
  });

  const decision = decisionFrom(
    await reviewsOfSubmissions(ctx.tx, [submission.id]),
    settings.reviewsRequired,
  );
  if (decision.state === "decided") {
    await decideSubmission(ctx.tx, { submissionId: submission.id, outcome: decision.outcome, now });
    if (decision.outcome === "earned") {
      await awardBadge(
        ctx.tx,
        { districtId: ctx.districtId, submissionId: submission.id, now },
        { publicUrl: ctx.publicUrl, secret: ctx.secret },
      );
    }
    await notifySubmissionDecided(ctx, {
      submissionId: submission.id,
      credentialId: submission.credentialId,
      credentialName: version.name,
      teacherId: submission.personId,
      outcome: decision.outcome,
    });
  }
  return { outcome: result.outcome, decision };
}
