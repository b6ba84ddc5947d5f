import { z } from "zod";
import { runToEnd, type Steps } from "./steps.ts";
import { textRule } from "./text.ts";

/*
 * Evaluation ratings kept in another system, imported from a CSV file. The server parses the
 * file; this module decides which rows are good, and says in words what is wrong with the rest,
 * with the line as the admin sees it in a spreadsheet (the header is line 1).
 */

const RATINGS_CSV_COLUMNS = ["teacher", "indicator_code", "level", "date", "source"] as const;
export const MAXIMUM_RATINGS_CSV_CHARACTERS = 2_000_000;
export const MAXIMUM_RATINGS_CSV_ROWS = 20_000;

export const ratingsCsvInputSchema = z.object({
  csv: z
    .string({ error: "Choose a CSV file" })
    .check(textRule({ label: "The file" }))
    .max(
      MAXIMUM_RATINGS_CSV_CHARACTERS,
      "The file is larger than 2 MB. Split it into smaller files and import them one by one.",
    )
    .refine((text) => text.trim() !== "", "The file is empty. Choose a CSV file with ratings."),
});

function isRealDay(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

function requiredCell(missing: string) {
  return z.string({ error: missing }).trim().min(1, missing);
}

/** One data row as it must look before it is looked up. */
const ratingsCsvRowSchema = z.object({
  teacher: requiredCell("Teacher is missing"),
  indicator_code: requiredCell("Indicator code is missing"),
  level: requiredCell("Level is missing"),
  date: requiredCell("Date is missing")
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Date must be YYYY-MM-DD", abort: true })
    .refine(isRealDay, "Date is not a real day of the calendar"),
  source: requiredCell("Source is missing").max(120, "Source must be 120 characters or fewer"),
});

/** A record as the CSV parser gives it, with the line it came from. */
export interface ParsedCsvRow {
  line: number;
  record: Readonly<Record<string, string | undefined>>;
}

export interface RatingLookups {
  teachers: readonly { id: string; email: string; sourcedId: string | null }[];
  indicators: readonly { id: string; code: string }[];
  levels: readonly { rank: number; label: string }[];
}

export interface ValidRatingRow {
  line: number;
  personId: string;
  indicatorId: string;
  levelRank: number;
  ratedOn: string;
  source: string;
}

export interface BadRatingRow {
  line: number;
  reason: string;
}

interface RatingsImportCounts {
  /** Data rows in the file. */
  rows: number;
  /** Good rows not imported before. */
  new: number;
  /** Good rows already imported: same teacher, indicator, date and source. */
  unchanged: number;
  bad: number;
}

export interface RatingsImportPreview {
  counts: RatingsImportCounts;
  badRows: BadRatingRow[];
}

export interface RatingsImportResult {
  counts: RatingsImportCounts;
  inserted: number;
}

/** The required columns the header does not name (names are compared trimmed, any case). */
export function missingRatingColumns(header: readonly string[]): string[] {
  const named = new Set(header.map((column) => column.trim().toLowerCase()));
  return RATINGS_CSV_COLUMNS.filter((column) => !named.has(column));
}

/** The unique key of an imported rating: importing it again changes nothing. */
export function ratingKey(row: {
  personId: string;
  indicatorId: string;
  ratedOn: string;
  source: string;
}): string {
  return [row.personId, row.indicatorId, row.ratedOn, row.source].join("|");
}

function lookupTables(lookups: RatingLookups) {
  const teachers = new Map<string, string>();
  for (const teacher of lookups.teachers) {
    teachers.set(teacher.email.toLowerCase(), teacher.id);
    if (teacher.sourcedId) teachers.set(`sourced:${teacher.sourcedId}`, teacher.id);
  }
  const levels = new Map<string, number>();
  for (const level of lookups.levels) {
    levels.set(level.label.toLowerCase(), level.rank);
    levels.set(String(level.rank), level.rank);
  }
  return {
    teacher: (value: string) =>
      teachers.get(value.includes("@") ? value.toLowerCase() : `sourced:${value}`),
    indicator: new Map(lookups.indicators.map((entry) => [entry.code, entry.id])),
    level: (value: string) => levels.get(value.toLowerCase()),
  };
}

/**
 * Splits parsed rows into good rows (looked up: person, indicator, rank) and bad rows with every
 * reason found, so the admin can fix a row in one go. A row repeating an earlier row's key is
 * bad too: the file would say two things about one rating.
 */
export function validateRatingRows(
  rows: readonly ParsedCsvRow[],
  lookups: RatingLookups,
): { valid: ValidRatingRow[]; bad: BadRatingRow[] } {
  return runToEnd(validateRatingRowsInSteps(rows, lookups));
}

/** Rows checked between yields (see steps.ts): some milliseconds. */
const RATING_ROWS_PER_STEP = 500;

/** validateRatingRows, yielding every RATING_ROWS_PER_STEP rows: the API runs it a step a turn. */
export function* validateRatingRowsInSteps(
  rows: readonly ParsedCsvRow[],
  lookups: RatingLookups,
): Steps<{ valid: ValidRatingRow[]; bad: BadRatingRow[] }> {
  const find = lookupTables(lookups);
  const valid: ValidRatingRow[] = [];
  const bad: BadRatingRow[] = [];
  const firstLineOfKey = new Map<string, number>();

  let sinceStep = 0;
  for (const { line, record } of rows) {
    sinceStep += 1;
    if (sinceStep === RATING_ROWS_PER_STEP) {
      sinceStep = 0;
      yield;
    }
    const parsed = ratingsCsvRowSchema.safeParse(record);
    if (!parsed.success) {
      bad.push({ line, reason: parsed.error.issues.map((issue) => issue.message).join("; ") });
      continue;
    }
    const cells = parsed.data;
    const personId = find.teacher(cells.teacher);
    const indicatorId = find.indicator.get(cells.indicator_code);
    const levelRank = find.level(cells.level);
    const problems = [
      personId === undefined ? `Unknown teacher ${cells.teacher}` : null,
      indicatorId === undefined ? `Unknown indicator code ${cells.indicator_code}` : null,
      levelRank === undefined ? `Unknown level '${cells.level}'` : null,
    ].filter((problem) => problem !== null);
    if (personId === undefined || indicatorId === undefined || levelRank === undefined) {
      bad.push({ line, reason: problems.join("; ") });
      continue;
    }
    const row = {
      line,
      personId,
      indicatorId,
      levelRank,
      ratedOn: cells.date,
      source: cells.source,
    };
    const key = ratingKey(row);
    const earlier = firstLineOfKey.get(key);
    if (earlier !== undefined) {
      bad.push({
        line,
        reason: `Repeats line ${earlier} (same teacher, indicator, date and source)`,
      });
      continue;
    }
    firstLineOfKey.set(key, line);
    valid.push(row);
  }
  return { valid, bad };
}
