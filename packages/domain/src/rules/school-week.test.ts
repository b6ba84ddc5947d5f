import { describe, expect, test } from "vitest";
import type { WeeklySpan } from "./common-time.ts";
import {
  blockMinutesUsed,
  matchingBlock,
  outsideSchoolDay,
  teamBlockUse,
  withoutBreaks,
} from "./school-week.ts";

const zone = "America/Chicago";
/** A Chicago wall-clock time as an instant (UTC-6 in winter, UTC-5 from April to October). */
function at(local: string): Date {
  const month = Number(local.slice(5, 7));
  return new Date(`${local}:00${month >= 4 && month <= 10 ? "-05:00" : "-06:00"}`);
}

const winterBreak = { name: "Winter break", startsOn: "2026-12-21", endsOn: "2027-01-01" };

describe("a series skips the district's breaks", () => {
  const weekly = ["2026-12-15", "2026-12-22", "2026-12-29", "2027-01-05"].map((day) =>
    at(`${day}T13:00`),
  );
  test.each([
    { breaks: [], kept: 4, skipped: [] as string[] },
    { breaks: [winterBreak], kept: 2, skipped: ["Winter break", "Winter break"] },
    {
      breaks: [{ name: "Staff day", startsOn: "2027-01-05", endsOn: "2027-01-05" }],
      kept: 3,
      skipped: ["Staff day"],
    },
  ])("with $breaks.length breaks: $kept kept", ({ breaks, kept, skipped }) => {
    const result = withoutBreaks(weekly, breaks, zone);
    expect(result.kept).toHaveLength(kept);
    expect(result.skipped.map((row) => row.breakName)).toEqual(skipped);
  });

  test("a late-evening meeting is read on its local day, not the UTC one", () => {
    // 19:00 on 20 December in Chicago is already 21 December in UTC.
    const result = withoutBreaks([at("2026-12-20T19:00")], [winterBreak], zone);
    expect(result.skipped).toEqual([]);
  });
});

describe("the school day", () => {
  const schoolDay: WeeklySpan[] = [{ weekday: 2, start: 8 * 60, end: 14 * 60 + 45 }];
  test.each([
    { start: "2026-12-15T13:00", end: "2026-12-15T13:45", expected: null },
    {
      start: "2026-12-15T14:30",
      end: "2026-12-15T15:15",
      expected: "ends at 3:15 PM, after the school day ends at 2:45 PM",
    },
    {
      start: "2026-12-15T07:30",
      end: "2026-12-15T08:15",
      expected: "starts at 7:30 AM, before the school day begins at 8:00 AM",
    },
    // Wednesday has no bell schedule here: nothing to judge against.
    { start: "2026-12-16T17:00", end: "2026-12-16T18:00", expected: null },
  ])("$start–$end: $expected", ({ start, end, expected }) => {
    expect(outsideSchoolDay({ startsAt: at(start), endsAt: at(end) }, schoolDay, zone)).toBe(
      expected,
    );
  });
});

describe("block time used", () => {
  const blocks: WeeklySpan[] = [
    { weekday: 2, start: 13 * 60, end: 13 * 60 + 45 },
    { weekday: 4, start: 13 * 60, end: 13 * 60 + 45 },
  ];
  test.each([
    { start: "2026-12-15T13:00", end: "2026-12-15T13:45", used: 45 },
    { start: "2026-12-15T12:30", end: "2026-12-15T13:15", used: 15 },
    { start: "2026-12-15T14:00", end: "2026-12-15T15:00", used: 0 },
    { start: "2026-12-16T13:00", end: "2026-12-16T13:45", used: 0 },
    { start: "2026-12-17T13:30", end: "2026-12-17T14:30", used: 15 },
  ])("$start–$end uses $used minutes", ({ start, end, used }) => {
    expect(blockMinutesUsed({ startsAt: at(start), endsAt: at(end) }, blocks, zone)).toBe(used);
  });

  test("overlapping blocks on one day are not counted twice", () => {
    const twice: WeeklySpan[] = [...blocks, { weekday: 2, start: 13 * 60 + 30, end: 14 * 60 }];
    const meeting = { startsAt: at("2026-12-15T13:00"), endsAt: at("2026-12-15T14:00") };
    expect(blockMinutesUsed(meeting, twice, zone)).toBe(60);
  });

  test("a meeting on exactly a block's times matches that block", () => {
    const meeting = { startsAt: at("2026-12-17T13:00"), endsAt: at("2026-12-17T13:45") };
    expect(matchingBlock(meeting, blocks, zone)).toBe(blocks[1]);
    const moved = { startsAt: at("2026-12-17T13:05"), endsAt: at("2026-12-17T13:45") };
    expect(matchingBlock(moved, blocks, zone)).toBeNull();
  });
});

describe("a team's block time used", () => {
  const blocks = [{ teamId: "x", weekday: 3 as const, start: 15 * 60, end: 15 * 60 + 45 }];
  test.each([
    // Started on time in the block, held 50 minutes: the block's 45 count.
    { startedAt: "2026-10-07T15:00", heldMinutes: 50, used: 45 },
    // Started late: only the minutes still inside the block.
    { startedAt: "2026-10-07T15:30", heldMinutes: 30, used: 15 },
    // Not started (closed as scheduled) for the scheduled hour.
    { startedAt: null, heldMinutes: null, used: 45 },
    // Held on the same day but well after the block.
    { startedAt: "2026-10-07T17:00", heldMinutes: 45, used: 0 },
  ])("started $startedAt for $heldMinutes: $used", ({ startedAt, heldMinutes, used }) => {
    const meeting = {
      teamId: "x",
      startsAt: at("2026-10-07T15:00"),
      endsAt: at("2026-10-07T16:00"),
      startedAt: startedAt ? at(startedAt) : null,
      heldMinutes,
    };
    expect(teamBlockUse([meeting], blocks, zone)).toEqual([{ teamId: "x", usedMinutes: used }]);
  });
});
