import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  distribution,
  median,
  medianOfCounts,
  percent,
  stageFunnel,
  waitsBetweenSessions,
} from "./implementation-metrics.ts";

const day = (n: number, hour = 12) => new Date(Date.UTC(2026, 8, n, hour));

test.each([
  [[], null],
  [[7], 7],
  [[3, 1, 2], 2],
  [[4, 1, 3, 2], 2.5],
  [[10, 10, 0, 0], 5],
])("median(%j) = %s", (values, expected) => {
  expect(median(values)).toBe(expected);
});

describe("medianOfCounts", () => {
  test("reads counted values as if each were listed that many times", () => {
    expect(medianOfCounts([])).toBeNull();
    expect(medianOfCounts([[4, 0]])).toBeNull();
    expect(
      medianOfCounts([
        [3, 2],
        [1, 1],
      ]),
    ).toBe(3);
    expect(
      medianOfCounts([
        [10, 2],
        [0, 2],
      ]),
    ).toBe(5);
    // The same value from two teachers pools.
    expect(
      medianOfCounts([
        [2, 1],
        [9, 2],
        [2, 2],
      ]),
    ).toBe(2);
  });

  test("equals the median of the listed values, however they are split into counts", () => {
    const counted = fc.array(fc.tuple(fc.integer({ min: -5, max: 40 }), fc.nat(6)), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(counted, (counts) => {
        const listed = counts.flatMap(([value, count]) =>
          Array.from({ length: count }, () => value),
        );
        expect(medianOfCounts(counts)).toBe(median(listed));
        const sorted = [...listed].sort((a, b) => a - b);
        const middle = Math.floor(sorted.length / 2);
        const expected =
          sorted.length === 0
            ? null
            : sorted.length % 2 === 1
              ? sorted[middle]
              : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
        expect(median(listed)).toBe(expected);
      }),
    );
  });
});

describe("distribution", () => {
  test("counts whole numbers into labelled buckets with an open top", () => {
    expect(distribution([0, 4, 5, 9, 10, 30], [0, 5, 10])).toEqual([
      { label: "0–4", from: 0, to: 5, count: 2 },
      { label: "5–9", from: 5, to: 10, count: 2 },
      { label: "10+", from: 10, to: null, count: 2 },
    ]);
  });

  test("a value below the first edge counts in the first bucket; nothing is lost", () => {
    const buckets = distribution([-1, 0.5, 2], [0, 1, 2]);
    expect(buckets.map((b) => [b.label, b.count])).toEqual([
      ["0", 2],
      ["1", 0],
      ["2+", 1],
    ]);
  });
});

describe("waitsBetweenSessions", () => {
  test("days from finishing one session to opening the next, in the order they were opened", () => {
    expect(
      waitsBetweenSessions([
        { startedAt: day(10), completedAt: day(12) },
        { startedAt: day(1), completedAt: day(3) },
        { startedAt: day(4, 9), completedAt: day(8) },
      ]),
    ).toEqual([0, 2]);
  });

  test("working ahead waits zero days; an unfinished session has no wait after it", () => {
    expect(
      waitsBetweenSessions([
        { startedAt: day(1), completedAt: day(5) },
        { startedAt: day(2), completedAt: null },
        { startedAt: day(9), completedAt: null },
      ]),
    ).toEqual([0]);
  });

  test("sessions opened at the same moment give the same waits whatever order they come in", () => {
    const sessions = [
      { startedAt: day(20), completedAt: day(2) },
      { startedAt: day(20), completedAt: day(9) },
      { startedAt: day(20), completedAt: null },
      { startedAt: day(20), completedAt: day(5) },
    ];
    const expected = waitsBetweenSessions(sessions);
    expect(waitsBetweenSessions([...sessions].reverse())).toEqual(expected);
    expect(
      waitsBetweenSessions(
        [sessions[1], sessions[3], sessions[2], sessions[0]].flatMap((row) => (row ? [row] : [])),
      ),
    ).toEqual(expected);
  });

  test("one session or none has no waits", () => {
    expect(waitsBetweenSessions([])).toEqual([]);
    expect(waitsBetweenSessions([{ startedAt: day(1), completedAt: day(2) }])).toEqual([]);
  });
});

describe("stageFunnel", () => {
  test("counts each placement once, keeps the stage order and empty stages", () => {
    expect(
      stageFunnel(
        ["s1", "s2", "s3"],
        [
          { stageId: "s2", state: "enrolled" },
          { stageId: "s1", state: "complete" },
          { stageId: "s1", state: "in_progress" },
          { stageId: "s1", state: "complete" },
          { stageId: "elsewhere", state: "complete" },
        ],
      ),
    ).toEqual([
      { stageId: "s1", enrolled: 0, inProgress: 1, complete: 2 },
      { stageId: "s2", enrolled: 1, inProgress: 0, complete: 0 },
      { stageId: "s3", enrolled: 0, inProgress: 0, complete: 0 },
    ]);
  });
});

test.each([
  [1, 3, 33],
  [2, 3, 67],
  [0, 0, null],
  [5, 5, 100],
])("percent(%i, %i) = %s", (part, whole, expected) => {
  expect(percent(part, whole)).toBe(expected);
});
