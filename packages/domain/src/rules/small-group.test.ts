import { describe, expect, test } from "vitest";
import { isSmallGroup, unlessSmallGroup, withheldGroups } from "./small-group.ts";

describe("isSmallGroup", () => {
  test.each([
    [0, true],
    [1, true],
    [2, true],
    [3, false],
    [40, false],
  ])("%i teachers → small: %s", (teachers, small) => {
    expect(isSmallGroup(teachers)).toBe(small);
  });
});

describe("unlessSmallGroup", () => {
  test("withholds the figures of two teachers without computing them or naming the size", () => {
    let computed = false;
    const result = unlessSmallGroup(2, () => {
      computed = true;
      return { teachers: 2 };
    });
    expect(result).toEqual({ withheld: true });
    expect(computed).toBe(false);
  });

  test("shows the figures of three teachers", () => {
    expect(unlessSmallGroup(3, () => ({ teachers: 3 }))).toEqual({
      withheld: false,
      figures: { teachers: 3 },
    });
  });
});

describe("withheldGroups", () => {
  test.each<{ name: string; counts: number[]; withheld: number[] }>([
    { name: "no small group", counts: [5, 3, 9], withheld: [] },
    { name: "every group small", counts: [1, 2], withheld: [0, 1] },
    { name: "two small groups hide each other", counts: [2, 8, 1], withheld: [0, 2] },
    {
      name: "one small group takes the next smallest with it",
      counts: [6, 2, 4, 9],
      withheld: [1, 2],
    },
    { name: "a tie for next smallest takes the first", counts: [4, 1, 4], withheld: [0, 1] },
    { name: "a single small group alone", counts: [2], withheld: [0] },
    { name: "a single group shown", counts: [7], withheld: [] },
  ])("$name", ({ counts, withheld }) => {
    expect([...withheldGroups(counts)].sort()).toEqual(withheld);
  });
});
