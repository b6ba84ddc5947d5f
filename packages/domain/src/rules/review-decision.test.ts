import { describe, expect, it } from "vitest";
import { reviewDecision } from "./review-decision.ts";

describe("reviewDecision", () => {
  it.each([
    [1, [], null, { state: "waiting", reviewsNeeded: 1 }],
    [1, ["earned"], null, { state: "decided", outcome: "earned", by: "reviews" }],
    [1, ["not_yet"], null, { state: "decided", outcome: "not_yet", by: "reviews" }],
    [2, [], null, { state: "waiting", reviewsNeeded: 2 }],
    [2, ["earned"], null, { state: "waiting", reviewsNeeded: 1 }],
    [2, ["earned", "earned"], null, { state: "decided", outcome: "earned", by: "reviews" }],
    [2, ["not_yet", "not_yet"], null, { state: "decided", outcome: "not_yet", by: "reviews" }],
    [2, ["earned", "not_yet"], null, { state: "needs_lead" }],
    [2, ["earned", "not_yet"], "earned", { state: "decided", outcome: "earned", by: "lead" }],
    [2, ["earned", "not_yet"], "not_yet", { state: "decided", outcome: "not_yet", by: "lead" }],
  ] as const)("%i required, reviews %j, lead %s", (required, outcomes, lead, expected) => {
    expect(
      reviewDecision({
        reviewsRequired: required,
        independentOutcomes: outcomes,
        leadOutcome: lead,
      }),
    ).toEqual(expected);
  });
});
