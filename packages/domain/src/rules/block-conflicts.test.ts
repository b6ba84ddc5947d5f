import { describe, expect, test } from "vitest";
import { type BlockConflictInput, blockConflicts } from "./block-conflicts.ts";
import type { WeeklySpan } from "./common-time.ts";

const at = (hours: number, minutes = 0) => hours * 60 + minutes;
const schoolDay: WeeklySpan[] = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday: weekday as WeeklySpan["weekday"],
  start: at(8),
  end: at(15),
}));
const ana = { personId: "ana", name: "Ana Ruiz" };
const ben = { personId: "ben", name: "Ben Ito" };
const tuesday = (start: number, end: number): WeeklySpan => ({ weekday: 2, start, end });

const base: BlockConflictInput = {
  block: tuesday(at(13), at(13, 45)),
  members: [ana, ben],
  otherBlocks: [],
  classes: [],
  schoolDay,
};

describe("blockConflicts", () => {
  test.each<[string, Partial<BlockConflictInput>, { clashes: string[]; warnings: string[] }]>([
    ["a free block inside the day", {}, { clashes: [], warnings: [] }],
    [
      "a member already in another team's block at that time",
      {
        otherBlocks: [
          {
            id: "b1",
            teamName: "Grades 3–5 Team",
            memberIds: ["ana"],
            ...tuesday(at(13), at(13, 45)),
          },
        ],
      },
      {
        clashes: ["Ana Ruiz is already in the Grades 3–5 Team block on Tuesday 1:00 PM–1:45 PM"],
        warnings: [],
      },
    ],
    [
      "a block of another team touching end to start is no clash",
      {
        otherBlocks: [
          { id: "b1", teamName: "Grades 3–5 Team", memberIds: ["ana"], ...tuesday(at(12), at(13)) },
        ],
      },
      { clashes: [], warnings: [] },
    ],
    [
      "another block on a different weekday",
      {
        otherBlocks: [
          {
            id: "b1",
            teamName: "Grades 3–5 Team",
            memberIds: ["ana"],
            weekday: 3,
            start: at(13),
            end: at(13, 45),
          },
        ],
      },
      { clashes: [], warnings: [] },
    ],
    [
      "a block over a member's class is a warning",
      { classes: [{ personId: "ben", label: "Grade 4 Math", ...tuesday(at(13, 30), at(14, 15)) }] },
      { clashes: [], warnings: ["Ben Ito teaches Grade 4 Math on Tuesday 1:30 PM–2:15 PM"] },
    ],
    [
      "a class of someone not on the team is ignored",
      { classes: [{ personId: "cal", label: "Art", ...tuesday(at(13), at(14)) }] },
      { clashes: [], warnings: [] },
    ],
    [
      "a block running past the end of the school day",
      { block: tuesday(at(14, 30), at(15, 15)) },
      {
        clashes: ["Tuesday 2:30 PM–3:15 PM is outside the school day (Tuesday 8:00 AM–3:00 PM)"],
        warnings: [],
      },
    ],
    [
      "a block on a day without a bell schedule",
      { block: { weekday: 6, start: at(9), end: at(10) } },
      { clashes: ["Saturday 9:00 AM–10:00 AM is not a school day"], warnings: [] },
    ],
  ])("%s", (_, change, expected) => {
    expect(blockConflicts({ ...base, ...change })).toEqual(expected);
  });
});
