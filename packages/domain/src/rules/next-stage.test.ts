import { describe, expect, it } from "vitest";
import { type NextStage, nextStage, type OrderedStage, stagesInProgramOf } from "./next-stage.ts";
import type { StageStatus } from "./stage-status.ts";

const one = { id: "s1", position: 1 };
const two = { id: "s2", position: 2 };
const three = { id: "s3", position: 3 };
const framework: OrderedStage[] = [three, one, two];

describe("nextStage", () => {
  it.each<[string, [string, StageStatus][], NextStage<OrderedStage>]>([
    ["not enrolled anywhere", [], { kind: "nothing_complete" }],
    ["first stage in progress", [["s1", "in_progress"]], { kind: "nothing_complete" }],
    ["first stage waiting for review", [["s1", "ready_for_review"]], { kind: "nothing_complete" }],
    ["first stage complete", [["s1", "complete"]], { kind: "opens", stage: two }],
    [
      "first stage complete, second already open",
      [
        ["s1", "complete"],
        ["s2", "not_started"],
      ],
      { kind: "already_open", stage: two },
    ],
    [
      "two stages complete",
      [
        ["s1", "complete"],
        ["s2", "complete"],
      ],
      { kind: "opens", stage: three },
    ],
    [
      "started at the second stage and completed it",
      [["s2", "complete"]],
      { kind: "opens", stage: three },
    ],
    ["the last stage complete", [["s3", "complete"]], { kind: "finished" }],
    [
      "a later stage complete wins over an earlier one in progress",
      [
        ["s1", "in_progress"],
        ["s2", "complete"],
      ],
      { kind: "opens", stage: three },
    ],
  ])("%s", (_name, statuses, expected) => {
    expect(nextStage(framework, new Map(statuses))).toEqual(expected);
  });

  it("works from positions, not from array order or ids", () => {
    const stages = [
      { id: "b", position: 20 },
      { id: "a", position: 10 },
      { id: "c", position: 30 },
    ];
    expect(nextStage(stages, new Map([["a", "complete"]]))).toEqual({
      kind: "opens",
      stage: { id: "b", position: 20 },
    });
  });

  it("is finished for a framework with a single stage", () => {
    expect(nextStage([one], new Map([["s1", "complete"]]))).toEqual({ kind: "finished" });
  });

  it("opens the next stage of the completed stage's program only", () => {
    const stages = [
      { id: "f1", position: 1, programId: "framework" },
      { id: "f2", position: 2, programId: "framework" },
      { id: "t1", position: 1, programId: "technology" },
      { id: "t2", position: 2, programId: "technology" },
    ];
    // Technology's Stage 1 is done; the framework's Stage 1 is in progress.
    const statuses = new Map<string, StageStatus>([
      ["f1", "in_progress"],
      ["t1", "complete"],
    ]);
    expect(nextStage(stagesInProgramOf(stages, { id: "t1" }), statuses)).toEqual({
      kind: "opens",
      stage: stages[3],
    });
    expect(nextStage(stagesInProgramOf(stages, { id: "f1" }), statuses)).toEqual({
      kind: "nothing_complete",
    });
  });
});
