import {
  evidenceForReview,
  saveReview,
} from "@throughline/db/queries/credentials/credential-review";
import { teacherSchoolNames } from "@throughline/db/queries/credentials/credential-review-queue";
import { reviewsForPartner } from "@throughline/db/queries/partnerships/partner-standing";
import {
  anonymousTeacherLabel,
  reviewScoringInputSchema,
  submissionIdInputSchema,
  waitingDays,
} from "@throughline/domain/credential-review";
import { pickFields } from "@throughline/domain/pick-fields";
import { TRPCError } from "@trpc/server";
import { createRouter } from "../../trpc.ts";
import { reviewingProcedure } from "./access.ts";
import { reviewQueue } from "./queue.ts";
import { finishReview } from "./submit.ts";
import { submissionUnderReview } from "./under-review.ts";

/*
 * Reviewing micro-credential submissions in the coach app. Who may review is the one rule in
 * `review-eligibility`; the outcome always comes from the scores and the version's passing rule.
 */

export const credentialReviewsRouter = createRouter({
  /** My queue, the disagreements I settle as lead, and my standing per credential. */
  queue: reviewingProcedure.query(({ ctx }) =>
    reviewQueue(ctx.tx, {
      districtId: ctx.districtId,
      personId: ctx.personId,
      now: new Date(),
      calibrates: ctx.scope.tiers.staff,
    }),
  ),

  /** One submission to review: evidence, rubric and my scoring so far. */
  submission: reviewingProcedure.input(submissionIdInputSchema).query(async ({ ctx, input }) => {
    const now = new Date();
    const found = await submissionUnderReview(ctx, { submissionId: input.submissionId, now });
    const { submission, version, settings, reviews, mode } = found;
    if (submission.status === "draft") {
      throw new TRPCError({ code: "NOT_FOUND", message: "This submission is not submitted." });
    }
    const mine = reviews.find((review) => review.reviewerId === ctx.personId) ?? null;
    // A partner district's reviewer always reviews blind, whatever this district's setting.
    const blind = settings.blind || (await reviewsForPartner(ctx.tx, ctx.personId));
    const school = blind
      ? null
      : ((await teacherSchoolNames(ctx.tx, [submission.personId])).get(submission.personId) ??
        null);
    const evidence = await evidenceForReview(ctx.tx, submission.id);
    return {
      submissionId: submission.id,
      label: blind ? anonymousTeacherLabel(submission.id) : found.teacherName,
      teacher: blind ? null : { name: found.teacherName, school },
      attempt: submission.attempt,
      status: submission.status,
      submittedAt: submission.submittedAt,
      waitingDays: submission.submittedAt ? waitingDays(submission.submittedAt, now) : 0,
      credential: {
        id: submission.credentialId,
        name: version.name,
        competency: version.competency,
      },
      requirements: version.requirements,
      rubric: version.rubric,
      passingRule: version.passingRule,
      evidence: evidence.map((item) => ({
        ...item,
        // Files are served by the evidence route, which asks the same eligibility rule.
        downloadPath: item.fileName ? `/files/submission-evidence/${item.id}` : null,
      })),
      mode,
      reviewsRequired: settings.reviewsRequired,
      myReview:
        mine &&
        pickFields(mine, ["kind", "scores", "feedback", "summary", "outcome", "submittedAt"]),
      // A lead settling a disagreement reads both reviews; nobody else sees other reviewers' work.
      disagreement:
        mode === "decide"
          ? reviews
              .filter((review) => review.kind === "independent" && review.submittedAt !== null)
              .map((review) => pickFields(review, ["outcome", "scores", "feedback", "summary"]))
          : [],
    };
  }),

  /** Keeps my scoring so far; nothing is decided. */
  saveDraft: reviewingProcedure.input(reviewScoringInputSchema).mutation(async ({ ctx, input }) => {
    const now = new Date();
    const { mode } = await submissionUnderReview(ctx, { submissionId: input.submissionId, now });
    if (mode !== "review" && mode !== "decide") {
      throw new TRPCError({ code: "CONFLICT", message: "This submission is not open to you." });
    }
    await saveReview(ctx.tx, {
      districtId: ctx.districtId,
      submissionId: input.submissionId,
      reviewerId: ctx.personId,
      kind: mode === "decide" ? "lead_decision" : "independent",
      scores: input.scores,
      feedback: input.feedback,
      summary: input.summary,
      outcome: null,
      submittedAt: null,
    });
    return { savedAt: now };
  }),

  /** Finishes my independent review; decides the submission when the reviews allow. */
  submit: reviewingProcedure
    .input(reviewScoringInputSchema)
    .mutation(({ ctx, input }) => finishReview(ctx, input, "independent")),

  /** A lead reviewer settles two reviews that disagree. */
  decide: reviewingProcedure
    .input(reviewScoringInputSchema)
    .mutation(({ ctx, input }) => finishReview(ctx, input, "lead_decision")),
});
