import type { FileMode, OneRosterFile, RosterDataFile } from "./binding.ts";

/** A CSV file as the parser gives it: the header's cells, then each row with its line. */
export interface CsvTable {
  file: OneRosterFile;
  header: readonly string[];
  /** `line` counts the header as line 1, as a spreadsheet does. */
  rows: readonly { line: number; cells: readonly string[] }[];
}

/** Something wrong, where the admin can find it. `line` is null for a file that is missing. */
export interface RosterProblem {
  file: string;
  line: number | null;
  reason: string;
}

export type FileModes = Record<RosterDataFile, FileMode>;
