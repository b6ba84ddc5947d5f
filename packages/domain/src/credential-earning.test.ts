import { describe, expect, it } from "vitest";
import {
  addEvidenceInputSchema,
  badgeStatusOf,
  daysWaiting,
  pdHoursLabel,
  standingLabel,
} from "./credential-earning.ts";

const now = new Date("2030-03-10T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe("standingLabel", () => {
  it.each([
    [{ status: "not_started", attempt: 0, submittedAt: null }, "Not started"],
    [{ status: "draft", attempt: 1, submittedAt: null }, "Draft"],
    [{ status: "draft", attempt: 2, submittedAt: null }, "Draft (attempt 2)"],
    [{ status: "submitted", attempt: 1, submittedAt: now }, "Submitted, waiting since today"],
    [{ status: "submitted", attempt: 1, submittedAt: daysAgo(1) }, "Submitted, waiting 1 day"],
    [{ status: "submitted", attempt: 1, submittedAt: daysAgo(9) }, "Submitted, waiting 9 days"],
    [{ status: "not_yet", attempt: 2, submittedAt: daysAgo(9) }, "Not yet (attempt 2)"],
    [{ status: "earned", attempt: 1, submittedAt: daysAgo(9) }, "Earned"],
  ] as const)("%o reads %s", (standing, expected) => {
    expect(standingLabel(standing, now)).toBe(expected);
  });
});

describe("daysWaiting and pdHoursLabel", () => {
  it("counts whole days and never goes negative", () => {
    expect(daysWaiting(daysAgo(2.5), now)).toBe(2);
    expect(daysWaiting(new Date(now.getTime() + 1000), now)).toBe(0);
  });
  it.each([
    [60, "1 PD hour"],
    [90, "1.5 PD hours"],
    [600, "10 PD hours"],
  ])("%i minutes read %s", (minutes, expected) => {
    expect(pdHoursLabel(minutes)).toBe(expected);
  });
});

describe("badgeStatusOf", () => {
  it.each([
    [{ revokedAt: null, validUntil: null }, "active"],
    [{ revokedAt: null, validUntil: daysAgo(-1) }, "active"],
    [{ revokedAt: null, validUntil: daysAgo(1) }, "expired"],
    [{ revokedAt: daysAgo(3), validUntil: daysAgo(1) }, "revoked"],
  ] as const)("%o is %s", (badge, expected) => {
    expect(badgeStatusOf(badge, now)).toBe(expected);
  });
});

describe("addEvidenceInputSchema", () => {
  const base = {
    submissionId: "0b5f4f1e-6c1d-4f6e-9d43-2f7c0c1a9b10",
    requirementKey: "lesson_video",
  };
  it("takes web links only", () => {
    expect(
      addEvidenceInputSchema.safeParse({ ...base, source: "link", url: "https://v.example/1" })
        .success,
    ).toBe(true);
    const refused = addEvidenceInputSchema.safeParse({
      ...base,
      source: "link",
      url: "javascript:alert(1)",
    });
    expect(refused.error?.issues[0]?.path).toEqual(["url"]);
  });
});
