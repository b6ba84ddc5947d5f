import { describe, expect, it } from "vitest";
import {
  completedInPeriod,
  requirementsMetAt,
  type StageCompletionFacts,
  type StageRequirementMoments,
  stageCompletedAt,
} from "./stage-completion.ts";
import { stageStatus } from "./stage-status.ts";

const at = (day: string) => new Date(`2026-${day}T15:00:00Z`);
const done = (day: string, onlyEvidenceFileDay?: string) => ({
  completedAt: at(day),
  onlyEvidenceFileAt: onlyEvidenceFileDay ? at(onlyEvidenceFileDay) : null,
});

/** Every requirement of a stage of two sessions and two meetings, met on 20 October. */
const met: StageRequirementMoments = {
  workshopAttended: true,
  workshopAt: at("09-01"),
  sessionsTotal: 2,
  sessionsCompletedAt: [at("10-05"), at("09-20")],
  meetingsRequired: 2,
  meetingsHeldAt: [at("10-20"), at("09-10"), at("11-30")],
  actionStepsDone: [done("10-12"), done("10-02")],
};

describe("requirementsMetAt", () => {
  it.each<[string, Partial<StageRequirementMoments>, Date | null]>([
    ["the second meeting came last (a third later does not move it)", {}, at("10-20")],
    [
      "the last session came last",
      { sessionsCompletedAt: [at("09-20"), at("11-02")] },
      at("11-02"),
    ],
    [
      "the first action step done counts, not a later one",
      { actionStepsDone: [done("12-01"), done("11-15")] },
      at("11-15"),
    ],
    [
      "a step's only evidence file uploaded after it was done: the upload",
      { actionStepsDone: [done("11-15", "11-20")] },
      at("11-20"),
    ],
    [
      "a step's only evidence file uploaded before it was done: when it was done",
      { actionStepsDone: [done("11-15", "10-01")] },
      at("11-15"),
    ],
    [
      "the first step by its dated moment: a late upload lets an earlier-done step lose",
      { actionStepsDone: [done("11-01", "12-10"), done("11-15")] },
      at("11-15"),
    ],
    ["the workshop came last", { workshopAt: at("12-03") }, at("12-03")],
    [
      "no meetings required: the last session",
      { meetingsRequired: 0, meetingsHeldAt: [] },
      at("10-05"),
    ],
    [
      "a stage without sessions",
      { sessionsTotal: 0, sessionsCompletedAt: [], meetingsRequired: 0 },
      at("10-02"),
    ],
    ["the workshop not attended", { workshopAttended: false }, null],
    ["a session missing", { sessionsCompletedAt: [at("09-20")] }, null],
    ["a meeting missing", { meetingsHeldAt: [at("09-10")] }, null],
    ["no action step done", { actionStepsDone: [] }, null],
  ])("%s", (_, change, expected) => {
    expect(requirementsMetAt({ ...met, ...change })).toEqual(expected);
  });
});

describe("stageCompletedAt", () => {
  it.each<[string, StageCompletionFacts, Date | null]>([
    [
      "no confirmation asked: when the requirements were met",
      { requirementsMetAt: at("10-20"), requiresConfirmation: false, confirmedAt: null },
      at("10-20"),
    ],
    [
      "confirmed after the requirements were met: the confirmation",
      { requirementsMetAt: at("10-20"), requiresConfirmation: true, confirmedAt: at("10-24") },
      at("10-24"),
    ],
    [
      "confirmed, then the work met again later: the later meeting of the requirements",
      { requirementsMetAt: at("11-03"), requiresConfirmation: true, confirmedAt: at("10-24") },
      at("11-03"),
    ],
    [
      "waiting for the confirmation",
      { requirementsMetAt: at("10-20"), requiresConfirmation: true, confirmedAt: null },
      null,
    ],
    [
      "confirmed but a requirement is no longer met",
      { requirementsMetAt: null, requiresConfirmation: true, confirmedAt: at("10-24") },
      null,
    ],
  ])("%s", (_, facts, expected) => {
    expect(stageCompletedAt(facts)).toEqual(expected);
  });

  it("is set exactly when the stage-status rule says complete", () => {
    const cases: StageRequirementMoments[] = [
      met,
      { ...met, workshopAttended: false },
      { ...met, sessionsCompletedAt: [] },
      { ...met, meetingsHeldAt: [at("09-10")] },
      { ...met, actionStepsDone: [] },
    ];
    for (const moments of cases) {
      for (const requiresConfirmation of [false, true]) {
        for (const confirmedAt of [null, at("10-01")]) {
          const completedAt = stageCompletedAt({
            requirementsMetAt: requirementsMetAt(moments),
            requiresConfirmation,
            confirmedAt,
          });
          const status = stageStatus({
            workshopAttended: moments.workshopAttended,
            sessionsTotal: moments.sessionsTotal,
            sessionsCompleted: moments.sessionsCompletedAt.length,
            meetingsRequired: moments.meetingsRequired,
            meetingsAttended: moments.meetingsHeldAt.length,
            hasCompletedActionStep: moments.actionStepsDone.length > 0,
            requiresConfirmation,
            confirmed: confirmedAt !== null,
          });
          expect(completedAt !== null).toBe(status === "complete");
        }
      }
    }
  });
});

describe("completedInPeriod", () => {
  const period = { from: "2026-09-01", to: "2026-11-30" };
  it.each<[string, Date | null, boolean]>([
    ["not completed", null, false],
    ["completed before the period", new Date("2026-08-31T15:00:00Z"), false],
    ["completed on its first day", new Date("2026-09-01T15:00:00Z"), true],
    ["completed on its last day", new Date("2026-11-30T15:00:00Z"), true],
    ["completed after the period", new Date("2026-12-01T15:00:00Z"), false],
    // 1 Dec 03:00 UTC is still 30 Nov in Chicago: the district's day counts.
    ["completed late on its last local day", new Date("2026-12-01T03:00:00Z"), true],
  ])("%s", (_, completedAt, expected) => {
    expect(completedInPeriod(completedAt, period, "America/Chicago")).toBe(expected);
  });
});
