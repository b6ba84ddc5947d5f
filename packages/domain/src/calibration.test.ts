import { describe, expect, it } from "vitest";
import { calibrationAccess } from "./calibration.ts";

const now = new Date("2026-03-01T12:00:00Z");
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000);

describe("calibrationAccess", () => {
  it.each([
    { standing: { isLead: true, certifiedUntil: null }, may: false },
    { standing: { isLead: false, certifiedUntil: null }, may: true },
    { standing: { isLead: false, certifiedUntil: inDays(700) }, may: false },
    { standing: { isLead: false, certifiedUntil: inDays(61) }, may: false },
    { standing: { isLead: false, certifiedUntil: inDays(60) }, may: true },
    { standing: { isLead: false, certifiedUntil: inDays(5) }, may: true },
  ])("$standing → may take: $may", ({ standing, may }) => {
    expect(calibrationAccess(standing, now).may).toBe(may);
  });
});
