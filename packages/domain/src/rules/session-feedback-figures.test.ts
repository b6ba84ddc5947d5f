import { describe, expect, it } from "vitest";
import {
  commentsVisible,
  meanUsefulness,
  medianOfCounts,
  revisionFlag,
  sittingMinutes,
  usefulnessDistribution,
  type ValueCounts,
  willUseSharePercent,
} from "./session-feedback-figures.ts";

function counts(...pairs: Array<[number, number]>): ValueCounts {
  return pairs.map(([value, count]) => ({ value, count }));
}

describe("medianOfCounts", () => {
  it.each<[string, ValueCounts, number | null]>([
    ["nothing", [], null],
    ["only zero counts", counts([12, 0]), null],
    ["one value", counts([14, 1]), 14],
    ["odd total picks the middle", counts([10, 1], [12, 1], [30, 1]), 12],
    ["even total averages the middle two", counts([10, 1], [13, 1]), 11.5],
    ["counts, not rows", counts([10, 3], [20, 1]), 10],
    ["unsorted input", counts([20, 2], [5, 1], [9, 2]), 9],
    ["middle two straddle values", counts([8, 2], [16, 2]), 12],
    ["rounds to one decimal", counts([10, 1], [11, 1], [12, 1], [13, 1]), 11.5],
  ])("%s", (_name, input, expected) => {
    expect(medianOfCounts(input)).toBe(expected);
  });
});

describe("sittingMinutes", () => {
  const start = new Date("2026-11-02T15:00:00Z");
  const after = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
  it.each<[string, Date, number | null]>([
    ["completed without a recorded start", start, null],
    ["under half a minute rounds to zero: not counted", after(0.4), null],
    ["a quick session", after(11), 11],
    ["rounds to the minute", after(14.6), 15],
    ["exactly the longest sitting", after(120), 120],
    ["left open overnight", after(60 * 15), null],
    ["a clock gone backwards", after(-5), null],
  ])("%s", (_name, completedAt, expected) => {
    expect(sittingMinutes(start, completedAt)).toBe(expected);
  });
});

describe("usefulnessDistribution", () => {
  it.each<[string, ValueCounts, Array<[number, number]>]>([
    [
      "nobody answered: every level zero",
      [],
      [
        [0, 0],
        [0, 0],
        [0, 0],
        [0, 0],
      ],
    ],
    [
      "all very useful",
      counts([4, 3]),
      [
        [0, 0],
        [0, 0],
        [0, 0],
        [3, 100],
      ],
    ],
    [
      "spread, percents rounded",
      counts([1, 1], [3, 1], [4, 1]),
      [
        [1, 33],
        [0, 0],
        [1, 33],
        [1, 33],
      ],
    ],
  ])("%s", (_name, input, expected) => {
    const shares = usefulnessDistribution(input);
    expect(shares.map((share) => share.level)).toEqual([1, 2, 3, 4]);
    expect(shares.map((share) => [share.count, share.percent])).toEqual(expected);
  });
});

describe("meanUsefulness and willUseSharePercent", () => {
  it.each<[ValueCounts, number | null]>([
    [[], null],
    [counts([2, 1], [3, 1]), 2.5],
    [counts([1, 2], [4, 1]), 2],
    [counts([3, 2], [4, 1]), 3.3],
  ])("mean of %j is %s", (input, expected) => {
    expect(meanUsefulness(input)).toBe(expected);
  });

  it.each<[{ yes: number; not_yet: number; no: number }, number | null]>([
    [{ yes: 0, not_yet: 0, no: 0 }, null],
    [{ yes: 3, not_yet: 0, no: 0 }, 100],
    [{ yes: 1, not_yet: 1, no: 1 }, 33],
    [{ yes: 2, not_yet: 1, no: 0 }, 67],
    [{ yes: 0, not_yet: 2, no: 2 }, 0],
  ])("will-use share of %j is %s", (input, expected) => {
    expect(willUseSharePercent(input)).toBe(expected);
  });
});

describe("commentsVisible", () => {
  it.each<[number, boolean]>([
    [0, false],
    [1, false],
    [2, false],
    [3, true],
    [40, true],
  ])("%i responses: %s", (responses, expected) => {
    expect(commentsVisible(responses)).toBe(expected);
  });
});

describe("revisionFlag", () => {
  it.each<[string, ValueCounts, boolean]>([
    ["nobody rated it", [], false],
    ["low but too few ratings", counts([1, 4]), false],
    ["low with enough ratings", counts([1, 3], [2, 2]), true],
    ["exactly the threshold mean is not flagged", counts([2, 3], [3, 3]), false],
    ["just below the threshold", counts([2, 4], [3, 1]), true],
    ["well liked", counts([3, 4], [4, 6]), false],
    ["mixed, mean above the line", counts([1, 2], [4, 3]), false],
  ])("%s", (_name, input, flagged) => {
    expect(revisionFlag(input).flagged).toBe(flagged);
  });

  it("says why, with the mean and how many rated it", () => {
    expect(revisionFlag(counts([1, 3], [2, 2]))).toEqual({
      flagged: true,
      reason: "Rated 1.4 of 4 on average by 5 teachers (below 2.5)",
    });
  });

  it("takes another threshold and minimum", () => {
    expect(revisionFlag(counts([3, 2]), { minResponses: 2, belowMean: 3.5 }).flagged).toBe(true);
    expect(revisionFlag(counts([3, 2]), { minResponses: 3, belowMean: 3.5 }).flagged).toBe(false);
  });
});
