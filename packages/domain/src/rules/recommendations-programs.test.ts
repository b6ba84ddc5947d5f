import { describe, expect, test } from "vitest";
import { ids } from "../testing/recommendation-input.ts";

/*
 * Two programs each have a Stage 1. Stage numbers count inside a program, so on equal gaps the
 * first program's sessions come first, not whichever stage number is lower.
 */

const evidence = [{ indicatorId: "eq", rank: 2, on: "2026-11-12" }];
const sessions = [
  {
    id: "technology-stage-1",
    stageId: "t1",
    programPosition: 2,
    stagePosition: 1,
    position: 1,
    indicatorIds: ["eq"],
  },
  {
    id: "framework-stage-2",
    stageId: "f2",
    programPosition: 1,
    stagePosition: 2,
    position: 1,
    indicatorIds: ["eq"],
  },
];

describe("recommendations across programs", () => {
  test("on equal gaps, the first program's session comes first whatever its stage number", () => {
    expect(ids({ evidence, sessions, openStageIds: new Set(["t1", "f2"]) })).toEqual([
      "framework-stage-2",
      "technology-stage-1",
    ]);
  });

  test("a program's stage the teacher has not opened recommends nothing", () => {
    expect(ids({ evidence, sessions, openStageIds: new Set(["t1"]) })).toEqual([
      "technology-stage-1",
    ]);
  });
});
