import { describe, expect, it } from "vitest";
import { currentStage, heldBackReason, stageEligibility } from "./stage-eligibility.ts";
import type { StageStatus } from "./stage-status.ts";

const one = { id: "s1", position: 1 };
const two = { id: "s2", position: 2 };
const three = { id: "s3", position: 3 };
const framework = [three, one, two];

describe("stageEligibility", () => {
  it.each<[string, [string, StageStatus][], typeof one, (typeof one)[] | null]>([
    ["anyone may join the first stage", [], one, null],
    ["nobody skips the first stage", [], two, [one]],
    ["Stage 1 complete opens Stage 2", [["s1", "complete"]], two, null],
    ["Stage 1 in progress holds back from Stage 2", [["s1", "in_progress"]], two, [one]],
    ["ready for review is not complete", [["s1", "ready_for_review"]], two, [one]],
    [
      "Stage 1 done, Stage 2 in progress: not Stage 3",
      [
        ["s1", "complete"],
        ["s2", "in_progress"],
      ],
      three,
      [two],
    ],
    ["still in Stage 1: both earlier stages missing", [["s1", "in_progress"]], three, [one, two]],
    [
      "both earlier stages complete",
      [
        ["s1", "complete"],
        ["s2", "complete"],
      ],
      three,
      null,
    ],
    ["a later stage does not count for an earlier one", [["s2", "complete"]], three, [one]],
  ])("%s", (_, statuses, target, incomplete) => {
    const result = stageEligibility(framework, new Map(statuses), target);
    expect(result).toEqual(incomplete ? { eligible: false, incomplete } : { eligible: true });
  });
});

describe("stageEligibility with two programs", () => {
  const framework2 = [
    { id: "f1", position: 1, programId: "framework" },
    { id: "f2", position: 2, programId: "framework" },
    { id: "t1", position: 1, programId: "technology" },
    { id: "t2", position: 2, programId: "technology" },
  ];
  const [f1, f2, t1, t2] = framework2 as [
    (typeof framework2)[number],
    (typeof framework2)[number],
    (typeof framework2)[number],
    (typeof framework2)[number],
  ];

  it("another program's first stage is open whatever the teacher's framework stage", () => {
    expect(stageEligibility(framework2, new Map([["f1", "in_progress"]]), t1)).toEqual({
      eligible: true,
    });
  });

  it("only the same program's earlier stages hold a teacher back", () => {
    const statuses = new Map<string, StageStatus>([
      ["f1", "complete"],
      ["t1", "in_progress"],
    ]);
    expect(stageEligibility(framework2, statuses, f2)).toEqual({ eligible: true });
    expect(stageEligibility(framework2, statuses, t2)).toEqual({
      eligible: false,
      incomplete: [t1],
    });
  });

  it("finds the target's program from its id when the target does not say", () => {
    const result = stageEligibility(framework2, new Map(), { id: "t2", position: 2 });
    expect(result).toEqual({ eligible: false, incomplete: [t1] });
    expect(stageEligibility(framework2, new Map([["f1", "complete"]]), f1)).toEqual({
      eligible: true,
    });
  });
});

describe("currentStage", () => {
  it.each<[string, [string, StageStatus][], string | null]>([
    ["in no stage", [], null],
    ["in Stage 1", [["s1", "in_progress"]], "s1"],
    [
      "the furthest stage wins",
      [
        ["s1", "complete"],
        ["s2", "not_started"],
      ],
      "s2",
    ],
  ])("%s", (_, statuses, expected) => {
    expect(currentStage(framework, new Map(statuses))?.stage.id ?? null).toBe(expected);
  });
});

describe("heldBackReason", () => {
  it.each([
    [[one], "Stage 1 not complete"],
    [[one, two], "Stage 1 and Stage 2 not complete"],
    [[one, two, three], "Stage 1, Stage 2 and Stage 3 not complete"],
  ])("names %j", (incomplete, expected) => {
    expect(heldBackReason(incomplete)).toBe(expected);
  });
});
