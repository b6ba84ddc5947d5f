import { describe, expect, it } from "vitest";
import { coachWorkload, weekOf, workloadWeeks } from "./coach-workload.ts";

describe("weekOf", () => {
  it.each([
    ["2026-11-30", "2026-11-30"], // a Monday is its own week
    ["2026-12-06", "2026-11-30"], // Sunday ends the week
    ["2026-12-07", "2026-12-07"],
    ["2027-01-01", "2026-12-28"], // across the year end
    ["2024-03-01", "2024-02-26"], // across a leap day
    ["1969-12-31", "1969-12-29"], // before day zero
  ])("%s is in the week of %s", (day, monday) => {
    expect(weekOf(day)).toBe(monday);
  });
});

describe("workloadWeeks", () => {
  it.each([
    ["2026-12-07", 0, ["2026-12-07"]],
    ["2026-12-09", 2, ["2026-12-07", "2026-11-30", "2026-11-23"]],
    ["2026-12-06", 1, ["2026-11-30", "2026-11-23"]],
  ])("from %s with %i past weeks", (today, past, expected) => {
    expect(workloadWeeks(today, past)).toEqual(expected);
  });
});

describe("coachWorkload", () => {
  const weeks = ["2026-12-07", "2026-11-30"];
  const entry = (occurredOn: string, minutes: number, teacherIds: string[]) => ({
    occurredOn,
    minutes,
    teacherIds,
  });
  /** The two weeks' figures, newest first: [interactions, minutes, teachers reached] each. */
  const figures = (...rows: [number, number, number][]) =>
    rows.map(([interactions, minutes, teachersReached], index) => ({
      weekOf: weeks[index],
      interactions,
      minutes,
      teachersReached,
    }));
  it.each([
    {
      name: "no entries: every week is empty, none left out",
      entries: [],
      expected: figures([0, 0, 0], [0, 0, 0]),
    },
    {
      name: "a teacher seen twice in a week is reached once",
      entries: [entry("2026-12-07", 45, ["a"]), entry("2026-12-09", 15, ["a", "b"])],
      expected: figures([2, 60, 2], [0, 0, 0]),
    },
    {
      name: "Sunday counts in the week before Monday",
      entries: [entry("2026-12-06", 30, ["a"]), entry("2026-12-07", 20, ["a"])],
      expected: figures([1, 20, 1], [1, 30, 1]),
    },
    {
      name: "entries outside the weeks asked for are left out",
      entries: [entry("2026-11-29", 30, ["a"]), entry("2026-12-14", 30, ["b"])],
      expected: figures([0, 0, 0], [0, 0, 0]),
    },
  ])("$name", ({ entries, expected }) => {
    expect(coachWorkload(entries, weeks)).toEqual(expected);
  });
});
