import {
  type BadRatingRow,
  MAXIMUM_RATINGS_CSV_ROWS,
  missingRatingColumns,
  type ParsedCsvRow,
} from "@throughline/domain/ratings-import";
import { TRPCError } from "@trpc/server";
import { CsvError } from "csv-parse";
import { parseCsvInTurns } from "../../files/csv-in-turns.ts";
import { mapInTurns } from "../../files/slices-in-turns.ts";

type ParsedRatingsCsv =
  | { ok: true; rows: ParsedCsvRow[] }
  /** The header lacks a column: every row would be bad for the same reason, so say it once. */
  | { ok: false; rowCount: number; bad: BadRatingRow[] };

interface CsvRow {
  /** The line the row ended on, the header being line 1. */
  line: number;
  cells: string[];
}

/** Rows made into records per turn. */
const RECORDS_PER_TURN = 2000;

/** Cells as parsed with their lines, a slice per turn (20,000 rows are allowed). */
async function parseWithLines(csv: string): Promise<CsvRow[]> {
  try {
    return await parseCsvInTurns(csv, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      // Stop one row past the limit: enough to know the file is too long without reading it all.
      to: MAXIMUM_RATINGS_CSV_ROWS + 2,
      on_record: (cells: string[], context) => ({ line: context.lines, cells }),
    });
  } catch (error) {
    if (error instanceof CsvError) {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: `This file could not be read as CSV: ${error.message}. Save it from your spreadsheet as "CSV (comma delimited)" and try again.`,
      });
    }
    throw error;
  }
}

/**
 * Reads a ratings CSV into records keyed by the header's column names (trimmed, lower case),
 * each with its line in the file, the header being line 1.
 */
export async function parseRatingsCsv(csv: string): Promise<ParsedRatingsCsv> {
  const [header, ...data] = await parseWithLines(csv);
  if (!header) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "The file is empty. Choose a CSV file with ratings.",
    });
  }
  if (data.length > MAXIMUM_RATINGS_CSV_ROWS) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `The file has more than ${MAXIMUM_RATINGS_CSV_ROWS.toLocaleString("en-US")} ratings. Split it into smaller files and import them one by one.`,
    });
  }
  const columns = header.cells.map((name) => name.trim().toLowerCase());
  const missing = missingRatingColumns(columns);
  if (missing.length > 0) {
    const list = missing.map((name) => `'${name}'`).join(", ");
    return {
      ok: false,
      rowCount: data.length,
      bad: [
        {
          line: header.line,
          reason: `Missing column ${list}: the first line must name the columns teacher, indicator_code, level, date, source`,
        },
      ],
    };
  }
  return {
    ok: true,
    rows: await mapInTurns(data, RECORDS_PER_TURN, ({ line, cells }) => ({
      line,
      record: Object.fromEntries(columns.map((name, index) => [name, cells[index]])),
    })),
  };
}
