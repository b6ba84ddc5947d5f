import type { ReviewKind, ReviewOutcome } from "../enums.ts";

type ReviewDecision =
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
type ReviewMode = "review" | "decide" | "reviewed" | "closed";

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
