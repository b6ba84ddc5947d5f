import type {
  CriterionFeedback,
  CriterionScores,
  PassingRule,
  Rubric,
} from "@throughline/domain/credential";
import type { ReviewKind, ReviewOutcome } from "@throughline/domain/enums";
import { type ReviewDecision, reviewDecision } from "@throughline/domain/rules/review-decision";
import { TRPCError } from "@trpc/server";
import { z } from "zod";

/** The review rows the decision is made from (drafts are ignored). */
export interface ReviewRow {
  reviewerId: string;
  kind: ReviewKind;
  outcome: ReviewOutcome | null;
  submittedAt: Date | null;
}

/** Where a submission stands, from its finished reviews and the district's setting. */
export function decisionFrom(
  reviews: readonly ReviewRow[],
  reviewsRequired: 1 | 2,
): ReviewDecision {
  const finished = reviews.filter((review) => review.submittedAt !== null && review.outcome);
  const independentOutcomes = finished
    .filter((review) => review.kind === "independent")
    .flatMap((review) => (review.outcome ? [review.outcome] : []));
  const lead = finished.find((review) => review.kind === "lead_decision");
  return reviewDecision({
    reviewsRequired,
    independentOutcomes,
    leadOutcome: lead?.outcome ?? null,
  });
}

/** What the viewer may do with a submission now. */
export type ReviewMode = "review" | "decide" | "reviewed" | "closed";

export function reviewModeOf(params: {
  reviews: readonly ReviewRow[];
  reviewsRequired: 1 | 2;
  status: string;
  viewerId: string;
  isLead: boolean;
}): ReviewMode {
  const mine = params.reviews.find((review) => review.reviewerId === params.viewerId);
  if (mine?.submittedAt) return "reviewed";
  if (params.status !== "submitted") return "closed";
  const decision = decisionFrom(params.reviews, params.reviewsRequired);
  if (decision.state === "waiting") return "review";
  if (decision.state === "needs_lead" && params.isLead) return "decide";
  return "closed";
}

/**
 * A finished scoring must give every criterion a level of the rubric, and say in feedback what
 * would reach the bar wherever a criterion is under it (that is what a teacher acts on). The
 * problems are reported per field, like a failed input schema.
 */
export function requireCompleteScoring(
  rubric: Rubric,
  rule: PassingRule,
  scoring: { scores: CriterionScores; feedback: CriterionFeedback },
): void {
  const levelKeys = rubric.levels.map((level) => level.key);
  const bar = levelKeys.indexOf(rule.minimumLevel);
  const barLabel = rubric.levels[bar]?.label ?? rule.minimumLevel;
  const schema = z
    .object({
      scores: z.object(
        Object.fromEntries(
          rubric.criteria.map((criterion) => [
            criterion.key,
            z
              .string({ error: `Choose a level for “${criterion.name}”.` })
              .refine(
                (level) => levelKeys.includes(level),
                `Choose a level for “${criterion.name}”.`,
              ),
          ]),
        ),
      ),
      feedback: z.record(z.string(), z.string()),
    })
    .superRefine((value, ctx) => {
      for (const criterion of rubric.criteria) {
        const rank = levelKeys.indexOf(value.scores[criterion.key] ?? "");
        if (rank >= 0 && rank < bar && !value.feedback[criterion.key]?.trim()) {
          ctx.addIssue({
            code: "custom",
            path: ["feedback", criterion.key],
            message: `Tell the teacher what would reach ${barLabel} on “${criterion.name}”.`,
          });
        }
      }
    });
  const parsed = schema.safeParse(scoring);
  if (!parsed.success) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "Score every criterion before submitting.",
      cause: parsed.error,
    });
  }
}
