import { describe, expect, it } from "vitest";
import { latestLevels, levelSpread, type MemberLevel } from "./team-profile.ts";

const ranks = [1, 2, 3, 4];
const at = (teacherId: string, rank: number, indicatorId = "i1"): MemberLevel => ({
  teacherId,
  indicatorId,
  rank,
});

describe("levelSpread", () => {
  it.each([
    { name: "nobody rated: withheld", levels: [], expected: { withheld: true } },
    {
      name: "two members: withheld, and their size is not told",
      levels: [at("a", 1), at("b", 2)],
      expected: { withheld: true },
    },
    {
      name: "three members: shown with every rank",
      levels: [at("a", 1), at("b", 2), at("c", 2)],
      expected: {
        withheld: false,
        figures: {
          rated: 3,
          counts: [
            { rank: 1, members: 1 },
            { rank: 2, members: 2 },
            { rank: 3, members: 0 },
            { rank: 4, members: 0 },
          ],
        },
      },
    },
    {
      name: "other indicators do not make up the group",
      levels: [at("a", 1), at("b", 2), at("c", 2, "i2")],
      expected: { withheld: true },
    },
    {
      name: "a rank off the scale is not counted",
      levels: [at("a", 1), at("b", 2), at("c", 9)],
      expected: { withheld: true },
    },
  ])("$name", ({ levels, expected }) => {
    expect(levelSpread(levels, "i1", ranks)).toEqual(expected);
  });
});

describe("latestLevels", () => {
  it.each([
    {
      name: "a later day wins",
      rows: [
        { ...at("a", 1), on: "2026-10-01" },
        { ...at("a", 3), on: "2026-11-01" },
      ],
      expected: [at("a", 3)],
    },
    {
      name: "on the same day the later row wins",
      rows: [
        { ...at("a", 1), on: "2026-10-01" },
        { ...at("a", 2), on: "2026-10-01" },
      ],
      expected: [at("a", 2)],
    },
    {
      name: "members and indicators stay apart",
      rows: [
        { ...at("a", 1), on: "2026-10-01" },
        { ...at("b", 2), on: "2026-10-01" },
        { ...at("a", 4, "i2"), on: "2026-09-01" },
      ],
      expected: [at("a", 1), at("b", 2), at("a", 4, "i2")],
    },
  ])("$name", ({ rows, expected }) => {
    expect(latestLevels(rows)).toEqual(expected);
  });
});
