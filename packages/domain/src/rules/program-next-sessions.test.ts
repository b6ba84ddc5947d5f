import { describe, expect, test } from "vitest";
import { nextSessionPerProgram, type ProgramNextInput } from "./program-next-sessions.ts";

const session = (id: string, programId: string, stagePosition: number, position: number) => ({
  id,
  stageId: `${programId}-${stagePosition}`,
  programId,
  programPosition: programId === "framework" ? 1 : 2,
  stagePosition,
  position,
});
const sessions = [
  session("f1a", "framework", 1, 1),
  session("f2a", "framework", 2, 1),
  session("f2b", "framework", 2, 2),
  session("t1a", "technology", 1, 1),
  session("t1b", "technology", 1, 2),
];
const none = new Set<string>();
const input = (over: Partial<ProgramNextInput>): ProgramNextInput => ({
  sessions,
  enrolledStageIds: new Set(["framework-1", "framework-2", "technology-1"]),
  completedSessionIds: none,
  dismissedSessionIds: none,
  recommendedSessionIds: none,
  ...over,
});
const ids = (over: Partial<ProgramNextInput>) =>
  nextSessionPerProgram(input(over)).map((row) => row.id);

describe("next session per program", () => {
  test.each([
    {
      name: "the first session of her current stage in each program",
      over: {},
      want: ["f2a", "t1a"],
    },
    {
      name: "completed and set-aside sessions are skipped",
      over: { completedSessionIds: new Set(["f2a"]), dismissedSessionIds: new Set(["t1a"]) },
      want: ["f2b", "t1b"],
    },
    {
      name: "a program already on her list needs nothing more",
      over: { recommendedSessionIds: new Set(["f1a"]) },
      want: ["t1a"],
    },
    {
      name: "a program she is not in gives nothing",
      over: { enrolledStageIds: new Set(["framework-1"]) },
      want: ["f1a"],
    },
    {
      name: "a finished stage gives nothing",
      over: {
        enrolledStageIds: new Set(["technology-1"]),
        completedSessionIds: new Set(["t1a", "t1b"]),
      },
      want: [],
    },
  ])("$name", ({ over, want }) => {
    expect(ids(over)).toEqual(want);
  });
});
