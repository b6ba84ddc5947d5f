import { describe, expect, it } from "vitest";
import type { SelfAssessmentMoment } from "../enums.ts";
import {
  firstAndLatestRatings,
  momentsOpen,
  repeatedMomentProblem,
  selfAssessmentInvitation,
} from "./self-assessment.ts";
import type { StageStatus } from "./stage-status.ts";

describe("selfAssessmentInvitation", () => {
  it.each<[string, StageStatus | null, SelfAssessmentMoment[], "start" | "end" | null]>([
    ["a stage not theirs asks nothing", null, [], null],
    ["a stage just opened asks for the start", "not_started", [], "start"],
    ["a stage under way without a start rating asks for it", "in_progress", [], "start"],
    ["a check-in is not a start", "in_progress", ["check_in"], "start"],
    ["once rated at the start, nothing until the work is done", "in_progress", ["start"], null],
    ["work done asks for the end", "complete", ["start"], "end"],
    ["waiting for confirmation counts as work done", "ready_for_review", ["start"], "end"],
    ["work done without a start still asks for the end", "complete", [], "end"],
    ["rated at the end, nothing more", "complete", ["start", "end"], null],
  ])("%s", (_name, status, moments, expected) => {
    expect(selfAssessmentInvitation({ status, moments })).toBe(expected);
  });
});

describe("momentsOpen and repeatedMomentProblem", () => {
  it.each<[string, SelfAssessmentMoment[], SelfAssessmentMoment[]]>([
    ["nothing rated: every moment", [], ["start", "check_in", "end"]],
    ["rated at the start: no second start", ["start"], ["check_in", "end"]],
    ["rated at the end: no second end", ["end"], ["start", "check_in"]],
    ["both ends rated: check-ins only", ["start", "end"], ["check_in"]],
    ["check-ins never run out", ["check_in", "check_in", "check_in"], ["start", "check_in", "end"]],
    ["a start repeated in old data still closes it", ["start", "start"], ["check_in", "end"]],
  ])("%s", (_name, taken, open) => {
    expect(momentsOpen(taken)).toEqual(open);
    for (const moment of ["start", "check_in", "end"] as const) {
      const problem = repeatedMomentProblem(taken, moment);
      if (open.includes(moment)) expect(problem).toBeNull();
      else expect(problem).toMatch(new RegExp(`already rated yourself at the ${moment}`));
    }
  });
});

const a = "00000000-0000-4000-8000-00000000000a";
const b = "00000000-0000-4000-8000-00000000000b";

describe("firstAndLatestRatings", () => {
  it("is empty with no self-assessment", () => {
    expect(firstAndLatestRatings([])).toEqual([]);
  });

  it("has no latest while an indicator was rated once", () => {
    expect(
      firstAndLatestRatings([
        { assessedOn: "2026-10-03", moment: "start", ratings: [{ indicatorId: a, levelRank: 0 }] },
      ]),
    ).toEqual([
      {
        indicatorId: a,
        first: { rank: 0, on: "2026-10-03", moment: "start" },
        latest: null,
        change: 0,
      },
    ]);
  });

  it("takes the earliest and latest by day, whatever order they arrive in", () => {
    const result = firstAndLatestRatings([
      {
        assessedOn: "2026-12-01",
        moment: "end",
        ratings: [
          { indicatorId: a, levelRank: 2 },
          { indicatorId: b, levelRank: 1 },
        ],
      },
      { assessedOn: "2026-10-03", moment: "start", ratings: [{ indicatorId: a, levelRank: 0 }] },
      { assessedOn: "2026-11-01", moment: "check_in", ratings: [{ indicatorId: b, levelRank: 2 }] },
    ]);
    expect(result).toEqual(
      expect.arrayContaining([
        {
          indicatorId: a,
          first: { rank: 0, on: "2026-10-03", moment: "start" },
          latest: { rank: 2, on: "2026-12-01", moment: "end" },
          change: 2,
        },
        {
          indicatorId: b,
          first: { rank: 2, on: "2026-11-01", moment: "check_in" },
          latest: { rank: 1, on: "2026-12-01", moment: "end" },
          change: -1,
        },
      ]),
    );
    expect(result).toHaveLength(2);
  });

  it("on one day keeps the order they were made", () => {
    const [only] = firstAndLatestRatings([
      { assessedOn: "2026-10-03", moment: "start", ratings: [{ indicatorId: a, levelRank: 1 }] },
      { assessedOn: "2026-10-03", moment: "check_in", ratings: [{ indicatorId: a, levelRank: 3 }] },
    ]);
    expect(only?.first.rank).toBe(1);
    expect(only?.latest?.rank).toBe(3);
    expect(only?.change).toBe(2);
  });
});
