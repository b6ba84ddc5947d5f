import { describe, expect, it } from "vitest";
import { anonymousTeacherLabel, waitingDays } from "./credential-review.ts";

describe("waitingDays", () => {
  const now = new Date("2026-03-10T12:00:00Z");
  it.each([
    { submittedAt: "2026-03-10T11:00:00Z", days: 0 },
    { submittedAt: "2026-03-09T12:00:00Z", days: 1 },
    { submittedAt: "2026-03-01T13:00:00Z", days: 8 },
    { submittedAt: "2026-03-11T12:00:00Z", days: 0 },
  ])("$submittedAt → $days", ({ submittedAt, days }) => {
    expect(waitingDays(new Date(submittedAt), now)).toBe(days);
  });
});

describe("anonymousTeacherLabel", () => {
  it("is stable and names nobody", () => {
    const id = "3f9a2c10-0000-4000-8000-000000000000";
    expect(anonymousTeacherLabel(id)).toBe("Teacher A·3F9A");
    expect(anonymousTeacherLabel(id)).toBe(anonymousTeacherLabel(id));
  });
});
