import type { ReviewOutcome } from "../enums.ts";

export type ReviewDecision =
  /** Still waiting for this many independent reviews. */
  | { state: "waiting"; reviewsNeeded: number }
  /** Two reviews disagree on the outcome: a lead reviewer decides. */
  | { state: "needs_lead" }
  | { state: "decided"; outcome: ReviewOutcome; by: "reviews" | "lead" };

/**
 * Where a submission stands given its finished reviews. One review decides when the district
 * requires one; with two required, the submission is decided when both agree, and a lead
 * reviewer's decision settles a disagreement.
 */
export function reviewDecision(params: {
  reviewsRequired: 1 | 2;
  independentOutcomes: readonly ReviewOutcome[];
  leadOutcome: ReviewOutcome | null;
}): ReviewDecision {
  const { reviewsRequired, independentOutcomes, leadOutcome } = params;
  if (leadOutcome !== null) return { state: "decided", outcome: leadOutcome, by: "lead" };
  if (independentOutcomes.length < reviewsRequired) {
    return { state: "waiting", reviewsNeeded: reviewsRequired - independentOutcomes.length };
  }
  const considered = independentOutcomes.slice(0, reviewsRequired);
  const [first] = considered;
  if (first === undefined) return { state: "waiting", reviewsNeeded: reviewsRequired };
  if (considered.every((outcome) => outcome === first)) {
    return { state: "decided", outcome: first, by: "reviews" };
  }
  return { state: "needs_lead" };
}
