import { describe, expect, it } from "vitest";
import { decisionFrom, type ReviewRow, reviewDecision, reviewModeOf } from "./review-decision.ts";

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

describe("reviewModeOf", () => {
  const at = new Date("2026-11-02T10:00:00Z");
  const review = (
    reviewerId: string,
    outcome: "earned" | "not_yet" | null,
    kind: "independent" | "lead_decision" = "independent",
  ): ReviewRow => ({ reviewerId, kind, outcome, submittedAt: outcome ? at : null });

  it.each([
    [
      "a reviewer who has submitted sees it reviewed",
      [review("me", "earned")],
      2,
      "submitted",
      false,
      "reviewed",
    ],
    [
      "a draft of one's own still waits for review",
      [review("me", null)],
      2,
      "submitted",
      false,
      "review",
    ],
    ["a settled submission is closed", [], 2, "earned", false, "closed"],
    [
      "two that disagree: the lead decides",
      [review("a", "earned"), review("b", "not_yet")],
      2,
      "submitted",
      true,
      "decide",
    ],
    [
      "two that disagree: closed to another reviewer",
      [review("a", "earned"), review("b", "not_yet")],
      2,
      "submitted",
      false,
      "closed",
    ],
  ] as const)("%s", (_, reviews, required, status, isLead, expected) => {
    expect(
      reviewModeOf({ reviews, reviewsRequired: required, status, viewerId: "me", isLead }),
    ).toBe(expected);
  });

  it("decides from finished reviews only, and a lead decision settles it", () => {
    expect(decisionFrom([review("a", "earned"), review("b", null)], 2)).toEqual({
      state: "waiting",
      reviewsNeeded: 1,
    });
    expect(
      decisionFrom(
        [review("a", "earned"), review("b", "not_yet"), review("l", "earned", "lead_decision")],
        2,
      ),
    ).toEqual({ state: "decided", outcome: "earned", by: "lead" });
  });
});
