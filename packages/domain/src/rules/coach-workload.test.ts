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
  it.each([
    {
      name: "no entries: every week is empty, none left out",
      entries: [],
      expected: [
        { weekOf: "2026-12-07", interactions: 0, minutes: 0, teachersReached: 0 },
        { weekOf: "2026-11-30", interactions: 0, minutes: 0, teachersReached: 0 },
      ],
    },
    {
      name: "a teacher seen twice in a week is reached once",
      entries: [
        { occurredOn: "2026-12-07", minutes: 45, teacherIds: ["a"] },
        { occurredOn: "2026-12-09", minutes: 15, teacherIds: ["a", "b"] },
      ],
      expected: [
        { weekOf: "2026-12-07", interactions: 2, minutes: 60, teachersReached: 2 },
        { weekOf: "2026-11-30", interactions: 0, minutes: 0, teachersReached: 0 },
      ],
    },
    {
      name: "Sunday counts in the week before Monday",
      entries: [
        { occurredOn: "2026-12-06", minutes: 30, teacherIds: ["a"] },
        { occurredOn: "2026-12-07", minutes: 20, teacherIds: ["a"] },
      ],
      expected: [
        { weekOf: "2026-12-07", interactions: 1, minutes: 20, teachersReached: 1 },
        { weekOf: "2026-11-30", interactions: 1, minutes: 30, teachersReached: 1 },
      ],
    },
    {
      name: "entries outside the weeks asked for are left out",
      entries: [
        { occurredOn: "2026-11-29", minutes: 30, teacherIds: ["a"] },
        { occurredOn: "2026-12-14", minutes: 30, teacherIds: ["b"] },
      ],
      expected: [
        { weekOf: "2026-12-07", interactions: 0, minutes: 0, teachersReached: 0 },
        { weekOf: "2026-11-30", interactions: 0, minutes: 0, teachersReached: 0 },
      ],
    },
  ])("$name", ({ entries, expected }) => {
    expect(coachWorkload(entries, weeks)).toEqual(expected);
  });
});
