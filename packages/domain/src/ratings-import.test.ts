import { describe, expect, it } from "vitest";
import {
  missingRatingColumns,
  type ParsedCsvRow,
  type RatingLookups,
  ratingsCsvInputSchema,
  validateRatingRows,
} from "./ratings-import.ts";

const lookups: RatingLookups = {
  teachers: [
    { id: "maria", email: "teacher@maplevalley.test", sourcedId: "T-1001" },
    { id: "amara", email: "amara.eze@maplevalley.test", sourcedId: null },
  ],
  indicators: [
    { id: "eq", code: "1.2" },
    { id: "vocab", code: "1.4" },
  ],
  levels: [
    { rank: 0, label: "Not yet observed" },
    { rank: 1, label: "Beginning" },
    { rank: 2, label: "Developing" },
    { rank: 3, label: "Proficient" },
  ],
};

const good = {
  teacher: "teacher@maplevalley.test",
  indicator_code: "1.2",
  level: "Developing",
  date: "2026-10-14",
  source: "Frontline 2025-26",
};

function row(line: number, changes: Record<string, string | undefined> = {}): ParsedCsvRow {
  return { line, record: { ...good, ...changes } };
}

describe("validateRatingRows", () => {
  it.each([
    { name: "by email, label", changes: {}, person: "maria", rank: 2 },
    {
      name: "email in another case",
      changes: { teacher: "Teacher@MapleValley.test" },
      person: "maria",
      rank: 2,
    },
    { name: "by OneRoster sourcedId", changes: { teacher: "T-1001" }, person: "maria", rank: 2 },
    { name: "level label in any case", changes: { level: "PROFICIENT" }, person: "maria", rank: 3 },
    { name: "level as its rank", changes: { level: "1" }, person: "maria", rank: 1 },
    {
      name: "cells with spaces around",
      changes: { level: " beginning " },
      person: "maria",
      rank: 1,
    },
  ])("accepts a row $name", ({ changes, person, rank }) => {
    const { valid, bad } = validateRatingRows([row(2, changes)], lookups);
    expect(bad).toEqual([]);
    expect(valid).toEqual([
      {
        line: 2,
        personId: person,
        indicatorId: "eq",
        levelRank: rank,
        ratedOn: "2026-10-14",
        source: "Frontline 2025-26",
      },
    ]);
  });

  it.each([
    { changes: { teacher: "x@y.test" }, reason: "Unknown teacher x@y.test" },
    { changes: { teacher: "T-9999" }, reason: "Unknown teacher T-9999" },
    { changes: { indicator_code: "9.9" }, reason: "Unknown indicator code 9.9" },
    { changes: { level: "Great" }, reason: "Unknown level 'Great'" },
    { changes: { level: "7" }, reason: "Unknown level '7'" },
    { changes: { date: "14/10/2026" }, reason: "Date must be YYYY-MM-DD" },
    { changes: { date: "2026-02-30" }, reason: "Date is not a real day of the calendar" },
    { changes: { source: "" }, reason: "Source is missing" },
    { changes: { level: undefined }, reason: "Level is missing" },
    {
      changes: { teacher: "x@y.test", level: "Great" },
      reason: "Unknown teacher x@y.test; Unknown level 'Great'",
    },
  ])("explains a bad row: $reason", ({ changes, reason }) => {
    const { valid, bad } = validateRatingRows([row(2), row(3, changes)], lookups);
    expect(valid.map((entry) => entry.line)).toEqual([2]);
    expect(bad).toEqual([{ line: 3, reason }]);
  });

  it("refuses a row that repeats an earlier row's teacher, indicator, date and source", () => {
    const { valid, bad } = validateRatingRows(
      [row(2), row(3, { indicator_code: "1.4" }), row(4, { level: "Proficient" })],
      lookups,
    );
    expect(valid.map((entry) => entry.line)).toEqual([2, 3]);
    expect(bad).toEqual([
      { line: 4, reason: "Repeats line 2 (same teacher, indicator, date and source)" },
    ]);
  });

  it("keeps the same rating from two sources as two rows", () => {
    const { valid } = validateRatingRows(
      [row(2), row(3, { source: "Walkthrough binder" })],
      lookups,
    );
    expect(valid).toHaveLength(2);
  });
});

describe("missingRatingColumns", () => {
  it.each([
    { header: ["teacher", "indicator_code", "level", "date", "source"], missing: [] },
    { header: [" Teacher ", "INDICATOR_CODE", "level", "date", "source", "notes"], missing: [] },
    { header: ["teacher", "indicator", "level", "date"], missing: ["indicator_code", "source"] },
  ])("$header → $missing", ({ header, missing }) => {
    expect(missingRatingColumns(header)).toEqual(missing);
  });
});

describe("ratingsCsvInputSchema", () => {
  it("refuses an empty file and one over 2 MB", () => {
    expect(ratingsCsvInputSchema.safeParse({ csv: "  \n" }).success).toBe(false);
    const huge = "x".repeat(2_000_001);
    const result = ratingsCsvInputSchema.safeParse({ csv: huge });
    expect(result.error?.issues[0]?.message).toMatch(/larger than 2 MB/);
  });
});
