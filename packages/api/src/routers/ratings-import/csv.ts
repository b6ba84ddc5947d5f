import {
  type BadRatingRow,
  MAXIMUM_RATINGS_CSV_ROWS,
  missingRatingColumns,
  type ParsedCsvRow,
} from "@throughline/domain/ratings-import";
import { TRPCError } from "@trpc/server";
import { CsvError, parse } from "csv-parse/sync";

type ParsedRatingsCsv =
  | { ok: true; rows: ParsedCsvRow[] }
  /** The header lacks a column: every row would be bad for the same reason, so say it once. */
  | { ok: false; rowCount: number; bad: BadRatingRow[] };

/** Cells as parsed, each row led by the line it ended on (the parser's typed shape is string[][]). */
function parseWithLines(csv: string): string[][] {
  try {
    return parse(csv, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      // Stop one row past the limit: enough to know the file is too long without reading it all.
      to: MAXIMUM_RATINGS_CSV_ROWS + 2,
      on_record: (record: string[], context) => [String(context.lines), ...record],
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
export function parseRatingsCsv(csv: string): ParsedRatingsCsv {
  const [header, ...data] = parseWithLines(csv);
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
  const columns = header.slice(1).map((name) => name.trim().toLowerCase());
  const missing = missingRatingColumns(columns);
  if (missing.length > 0) {
    const list = missing.map((name) => `'${name}'`).join(", ");
    return {
      ok: false,
      rowCount: data.length,
      bad: [
        {
          line: Number(header[0]),
          reason: `Missing column ${list}: the first line must name the columns teacher, indicator_code, level, date, source`,
        },
      ],
    };
  }
  return {
    ok: true,
    rows: data.map(([line, ...cells]) => ({
      line: Number(line),
      record: Object.fromEntries(columns.map((name, index) => [name, cells[index]])),
    })),
  };
}
