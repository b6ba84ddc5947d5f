import type { ClassResult, TeamGoalUnit } from "../team-goal-measure.ts";

/*
 * A checkpoint's measure from per-class results, and the check that an uploaded results file
 * holds classes, not children. The server parses the CSV; this module decides what its header
 * and cells mean and says in words what is wrong, with the line as a spreadsheet shows it.
 */

/** The columns a results file may have; `class` and `students` are always needed. */
const KNOWN_COLUMNS = ["class", "students", "proficient", "average_score"] as const;

/**
 * Header words that suggest a column of student names or identities. A team looks at classes:
 * a file naming children must not be stored, so it is refused before anything is kept.
 */
const NAME_LIKE =
  /name|first|last|surname|given|pupil|child|student_?id|student_?number|^student$|email|dob|birth/;

function nameLikeColumn(column: string): boolean {
  return column !== "class" && NAME_LIKE.test(column.replace(/[\s-]+/g, "_"));
}

type ClassResultsParse =
  | { ok: true; results: ClassResult[] }
  | { ok: false; line: number; message: string };

function columnsNeeded(unit: TeamGoalUnit): string[] {
  return unit === "score"
    ? ["class", "students", "average_score"]
    : ["class", "students", "proficient"];
}

function wholeCount(cell: string | undefined): number | null {
  const text = (cell ?? "").trim();
  return /^\d+$/.test(text) ? Number(text) : null;
}

/**
 * The results of a CSV already split into cells (header first, line numbers as the file has
 * them), or the first thing wrong with it: a column that looks like student names, a column the
 * goal's unit needs but the file lacks, or a cell that is not a count.
 */
export function classResultsFromCsv(
  unit: TeamGoalUnit,
  rows: readonly { line: number; cells: readonly string[] }[],
): ClassResultsParse {
  const [header, ...data] = rows;
  if (!header) return { ok: false, line: 1, message: "The file is empty." };
  const columns = header.cells.map((cell) => cell.trim().toLowerCase());
  const named = columns.find(nameLikeColumn);
  if (named !== undefined) {
    return {
      ok: false,
      line: header.line,
      message: `The column '${named}' looks like it holds student names or identities. Results must be per class with no student names: remove that column and upload again.`,
    };
  }
  const unknown = columns.find((column) => !(KNOWN_COLUMNS as readonly string[]).includes(column));
  if (unknown !== undefined) {
    return {
      ok: false,
      line: header.line,
      message: `The column '${unknown}' is not one this file can have. Use the columns ${columnsNeeded(unit).join(", ")}.`,
    };
  }
  const missing = columnsNeeded(unit).filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    return {
      ok: false,
      line: header.line,
      message: `Missing column ${missing.map((c) => `'${c}'`).join(", ")}: the first line must name the columns ${columnsNeeded(unit).join(", ")}.`,
    };
  }
  if (data.length === 0) return { ok: false, line: 2, message: "The file has no classes." };
  const at = (cells: readonly string[], column: string) => cells[columns.indexOf(column)];
  const results: ClassResult[] = [];
  for (const { line, cells } of data) {
    const className = (at(cells, "class") ?? "").trim();
    if (className === "")
      return { ok: false, line, message: `Line ${line}: the class is missing.` };
    const students = wholeCount(at(cells, "students"));
    if (students === null || students === 0) {
      return { ok: false, line, message: `Line ${line}: students must be a whole number above 0.` };
    }
    let proficient: number | null = null;
    let averageScore: number | null = null;
    if (unit === "score") {
      averageScore = Number((at(cells, "average_score") ?? "").trim());
      if (!Number.isFinite(averageScore) || (at(cells, "average_score") ?? "").trim() === "") {
        return { ok: false, line, message: `Line ${line}: average_score must be a number.` };
      }
    } else {
      proficient = wholeCount(at(cells, "proficient"));
      if (proficient === null || proficient > students) {
        return {
          ok: false,
          line,
          message: `Line ${line}: proficient must be a whole number no larger than students.`,
        };
      }
    }
    results.push({ className: className.slice(0, 80), students, proficient, averageScore });
  }
  return { ok: true, results };
}

/**
 * The checkpoint's measure from its classes: for a percent goal the share of all students who
 * were proficient (summed over classes, so a large class weighs more than a small one); for a
 * count goal the number proficient; for a score goal the mean score weighted by class size.
 * Null when no student sat it.
 */
export function measureFromClassResults(
  unit: TeamGoalUnit,
  results: readonly ClassResult[],
): number | null {
  const students = results.reduce((sum, result) => sum + result.students, 0);
  if (students === 0) return null;
  if (unit === "score") {
    const total = results.reduce((sum, r) => sum + (r.averageScore ?? 0) * r.students, 0);
    return Math.round((total / students) * 10) / 10;
  }
  const proficient = results.reduce((sum, result) => sum + (result.proficient ?? 0), 0);
  if (unit === "count") return proficient;
  return Math.round((proficient / students) * 1000) / 10;
}
