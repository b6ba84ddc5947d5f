import { describe, expect, it } from "vitest";
import { pendingFeedbackDays, pendingFeedbackSince } from "./session-feedback.ts";

describe("pendingFeedbackSince", () => {
  it.each([
    ["2026-12-07T10:00:00.000Z", "2026-11-23T10:00:00.000Z"],
    ["2026-03-20T00:00:00.000Z", "2026-03-06T00:00:00.000Z"],
    // Across a clock change (8 March 2026 in the United States): 14 days of 24 hours.
    ["2026-03-15T12:30:00.000Z", "2026-03-01T12:30:00.000Z"],
    ["2027-01-05T23:59:59.999Z", "2026-12-22T23:59:59.999Z"],
  ])("at %s asks about what finished from %s", (now, since) => {
    expect(pendingFeedbackSince(new Date(now)).toISOString()).toBe(since);
  });

  it("is the window of pendingFeedbackDays", () => {
    const now = new Date("2026-06-01T08:00:00Z");
    const days = (now.getTime() - pendingFeedbackSince(now).getTime()) / (24 * 60 * 60 * 1000);
    expect(days).toBe(pendingFeedbackDays);
  });
});
