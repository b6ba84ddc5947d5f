import { describe, expect, it } from "vitest";
import { type StageProgressFacts, type StageStatus, stageStatus } from "./stage-status.ts";

/** A teacher who has met every requirement of a stage that needs no confirmation. */
const done: StageProgressFacts = {
  workshopAttended: true,
  sessionsTotal: 4,
  sessionsCompleted: 4,
  meetingsRequired: 2,
  meetingsAttended: 2,
  hasCompletedActionStep: true,
  requiresConfirmation: false,
  confirmed: false,
};

const nothing: StageProgressFacts = {
  ...done,
  workshopAttended: false,
  sessionsCompleted: 0,
  meetingsAttended: 0,
  hasCompletedActionStep: false,
};

describe("stageStatus", () => {
  it.each<[string, Partial<StageProgressFacts>, StageStatus]>([
    ["nothing done yet", nothing, "not_started"],
    ["only the workshop attended", { ...nothing, workshopAttended: true }, "in_progress"],
    ["only one session completed", { ...nothing, sessionsCompleted: 1 }, "in_progress"],
    ["only one meeting attended", { ...nothing, meetingsAttended: 1 }, "in_progress"],
    ["only an action step completed", { ...nothing, hasCompletedActionStep: true }, "in_progress"],
    ["everything met, no confirmation asked", {}, "complete"],
    ["workshop missed", { workshopAttended: false }, "in_progress"],
    ["one session left", { sessionsCompleted: 3 }, "in_progress"],
    ["one meeting short", { meetingsAttended: 1 }, "in_progress"],
    ["no completed action step", { hasCompletedActionStep: false }, "in_progress"],
    ["everything met, confirmation missing", { requiresConfirmation: true }, "ready_for_review"],
    ["everything met and confirmed", { requiresConfirmation: true, confirmed: true }, "complete"],
    ["no meetings required", { meetingsRequired: 0, meetingsAttended: 0 }, "complete"],
    ["more sessions done than the stage now has", { sessionsCompleted: 6 }, "complete"],
    ["more meetings attended than required", { meetingsAttended: 5 }, "complete"],
    ["a stage with no sessions", { sessionsTotal: 0, sessionsCompleted: 0 }, "complete"],
  ])("%s → %s", (_name, overrides, expected) => {
    expect(stageStatus({ ...done, ...overrides })).toBe(expected);
  });

  it("is not ready for review while requirements are still open, even when confirmed", () => {
    const facts = { ...done, sessionsCompleted: 1, requiresConfirmation: true, confirmed: true };
    expect(stageStatus(facts)).toBe("in_progress");
  });
});
