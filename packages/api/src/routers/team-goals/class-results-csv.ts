import { classResultsFromCsv } from "@throughline/domain/rules/class-results";
import type { ClassResult, TeamGoalUnit } from "@throughline/domain/team-goal-measure";
import { CsvError } from "csv-parse";
import { fieldProblem } from "../../field-problem.ts";
import { parseCsvInTurns } from "../../files/csv-in-turns.ts";

/** A school's classes, many times over; a longer file is not a results file. */
const MAXIMUM_CLASS_ROWS = 500;

/**
 * The per-class results of an uploaded CSV, or a BAD_REQUEST on the file's field saying what is
 * wrong (a column of student names above all: such a file is refused before anything is kept).
 */
export async function readClassResultsCsv(unit: TeamGoalUnit, csv: string): Promise<ClassResult[]> {
  const where = ["measure", "csv"];
  let rows: { line: number; cells: string[] }[];
  try {
    rows = await parseCsvInTurns(csv, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      to: MAXIMUM_CLASS_ROWS + 2,
      on_record: (cells: string[], context) => ({ line: context.lines, cells }),
    });
  } catch (error) {
    if (error instanceof CsvError) {
      throw fieldProblem(where, `This file could not be read as CSV: ${error.message}.`);
    }
    throw error;
  }
  if (rows.length > MAXIMUM_CLASS_ROWS + 1) {
    throw fieldProblem(where, `The file has more than ${MAXIMUM_CLASS_ROWS} classes.`);
  }
  const parsed = classResultsFromCsv(unit, rows);
  if (!parsed.ok) throw fieldProblem(where, parsed.message);
  return parsed.results;
}
