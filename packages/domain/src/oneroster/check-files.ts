import type { z } from "zod";
import type { Steps } from "../steps.ts";
import {
  BINDING_COLUMNS,
  type OneRosterFile,
  REQUIRED_HEADERS,
  ROSTER_DATA_FILES,
  type RosterDataFile,
} from "./binding.ts";
import type { CsvTable, FileModes, RosterProblem } from "./files.ts";
import { readManifest } from "./manifest.ts";
import { isOthersEnrollment, isOthersRole, possiblePeople } from "./people-rows.ts";
import { type RosterRow, rowSchemas } from "./rows.ts";

/*
 * First pass over the files: the manifest, which files are there, each header, and each row on
 * its own. What can only be judged across files is in cross-file.ts.
 */

const dataFiles = Object.keys(ROSTER_DATA_FILES) as RosterDataFile[];

type GoodRows = { [F in RosterDataFile]: RosterRow<F>[] };

export interface FileSummary {
  file: RosterDataFile;
  mode: FileModes[RosterDataFile];
  rows: number;
}

export interface CheckedFiles {
  modes: FileModes;
  good: GoodRows;
  /** Per file, the sourcedIds of rows that are bad: rows pointing at them are left out. */
  badIds: Record<RosterDataFile, Set<string>>;
  /** Users with a bad role row: their roles in the file are incomplete, so none is taken away. */
  usersWithBadRoles: Set<string>;
  /** Problems with a whole file: nothing can be imported until they are fixed. */
  problems: RosterProblem[];
  badRows: RosterProblem[];
  notes: string[];
  files: FileSummary[];
  /** Files with a whole-file problem: rows pointing into them are not reported a second time. */
  unreadable: Set<RosterDataFile>;
  /**
   * Rows of users Throughline does not hold (students, guardians…) that did not read as a staff
   * row must: not imported, counted, never a bad row.
   */
  notPeople: number;
}

/** The binding's column names keyed by their lower case, so `SourcedID` reads as sourcedId. */
function columnIndexes(header: readonly string[]): Map<string, number> {
  const indexes = new Map<string, number>();
  header.forEach((cell, index) => {
    const name = cell.trim().toLowerCase();
    if (!indexes.has(name)) indexes.set(name, index);
  });
  return indexes;
}

function recordOf(
  header: readonly string[],
  cells: readonly string[],
): Record<string, string | undefined> {
  const record: Record<string, string | undefined> = {};
  header.forEach((name, index) => {
    record[name] = cells[index];
  });
  return record;
}

function missingHeaders(file: OneRosterFile, header: readonly string[]): string[] {
  const named = columnIndexes(header);
  return REQUIRED_HEADERS[file].filter((column) => !named.has(column.toLowerCase()));
}

/**
 * One sentence for a header this import cannot read: the columns it lacks, and the columns it
 * has that the binding does not name (usually the missing ones under another spec's names).
 */
function headerProblem(file: RosterDataFile, header: readonly string[]): string | null {
  const missing = missingHeaders(file, header);
  if (missing.length === 0) return null;
  const known = new Set(BINDING_COLUMNS[file].map((column) => column.toLowerCase()));
  const unknown = header
    .map((cell) => cell.trim())
    .filter((cell) => {
      const name = cell.toLowerCase();
      return name !== "" && !known.has(name) && !name.startsWith("metadata.");
    });
  const lacks = `The header lacks ${missing.length === 1 ? "the column" : "the columns"} ${missing.join(", ")}`;
  return unknown.length === 0
    ? lacks
    : `${lacks}; it has columns OneRoster 1.2 does not name: ${unknown.join(", ")}`;
}

/** A file with no header at all, or a full users.csv with nobody in it: never imported. */
function emptyFileProblem(file: RosterDataFile, table: CsvTable, bulk: boolean): string | null {
  if (table.header.every((cell) => cell.trim() === "") && table.rows.length === 0) {
    return `${file} is empty. Export the roster again`;
  }
  if (file === "users.csv" && bulk && table.rows.length === 0) {
    return "users.csv has no people in it: a full (bulk) export lists everyone, so importing it would deactivate every rostered person. Export the roster again";
  }
  return null;
}

/** The header with each cell spelled as the binding spells it (others kept as they are). */
function canonicalHeader(file: RosterDataFile, header: readonly string[]): string[] {
  const known = new Map(
    Object.keys(rowSchemas(false)[file].shape).map((name) => [name.toLowerCase(), name]),
  );
  return header.map((cell) => known.get(cell.trim().toLowerCase()) ?? cell.trim());
}

function emptyRows(): GoodRows {
  return Object.fromEntries(dataFiles.map((file) => [file, []])) as unknown as GoodRows;
}

/** checkFiles, yielding every ROWS_PER_STEP rows (see steps.ts). */
export function* checkFilesInSteps(
  tables: readonly CsvTable[],
  knownPeople: ReadonlySet<string> = new Set(),
): Steps<CheckedFiles> {
  // What the checks collect, returned however they end.
  const collected: Omit<CheckedFiles, "modes" | "files" | "unreadable" | "notPeople"> = {
    problems: [],
    badRows: [],
    notes: [],
    good: emptyRows(),
    badIds: Object.fromEntries(dataFiles.map((file) => [file, new Set<string>()])) as Record<
      RosterDataFile,
      Set<string>
    >,
    usersWithBadRoles: new Set<string>(),
  };
  const { problems, badRows, notes, good, badIds, usersWithBadRoles } = collected;
  const unreadable = new Set<RosterDataFile>();
  const byName = new Map<OneRosterFile, CsvTable>();
  for (const table of tables) {
    if (byName.has(table.file)) {
      problems.push({ file: table.file, line: null, reason: "This file was chosen twice" });
    }
    byName.set(table.file, table);
  }

  const manifestTable = byName.get("manifest.csv");
  if (!manifestTable) {
    problems.push({
      file: "manifest.csv",
      line: null,
      reason: "manifest.csv is missing: every OneRoster set starts with it",
    });
    const modes = Object.fromEntries(dataFiles.map((file) => [file, "absent"])) as FileModes;
    return { ...collected, modes, files: [], unreadable: new Set(dataFiles), notPeople: 0 };
  }
  const missingManifestHeaders = missingHeaders("manifest.csv", manifestTable.header);
  if (missingManifestHeaders.length > 0) {
    problems.push({
      file: "manifest.csv",
      line: 1,
      reason: `The header must name the columns propertyName, value`,
    });
  }
  const manifest = readManifest(manifestTable);
  problems.push(...manifest.problems);
  const { modes } = manifest;
  const files: FileSummary[] = [];
  const people = possiblePeople(byName.get("roles.csv"));
  /** Rows not about people Throughline holds: read if they can be, never reported. */
  const othersRow: Partial<Record<RosterDataFile, (record: RowRecord) => boolean>> = {
    "users.csv": (record) => {
      const id = record.sourcedId?.trim() ?? "";
      return people !== null && !people.has(id) && !knownPeople.has(id);
    },
    "roles.csv": (record) => isOthersRole(record.role),
    "enrollments.csv": (record) => isOthersEnrollment(record.role),
  };
  let notPeople = 0;

  for (const file of dataFiles) {
    const mode = modes[file];
    const table = byName.get(file);
    const key = `file.${file.replace(/\.csv$/, "")}`;
    if (mode !== "absent") unreadable.add(file);
    if (mode === "absent") {
      if (ROSTER_DATA_FILES[file].required) {
        problems.push({
          file: "manifest.csv",
          line: null,
          reason: `${key} is absent: an import needs orgs.csv, users.csv and roles.csv`,
        });
      } else if (table) {
        notes.push(`${file} was not read: manifest.csv says it is absent.`);
      }
      continue;
    }
    if (!table) {
      problems.push({
        file,
        line: null,
        reason: `${file} is missing: manifest.csv lists it as ${mode}`,
      });
      continue;
    }
    const empty = emptyFileProblem(file, table, mode === "bulk");
    if (empty) {
      problems.push({ file, line: null, reason: empty });
      continue;
    }
    const wrongHeader = headerProblem(file, table.header);
    if (wrongHeader) {
      problems.push({ file, line: 1, reason: wrongHeader });
      continue;
    }
    unreadable.delete(file);
    files.push({ file, mode, rows: table.rows.length });
    const into = { good, badIds, badRows, usersWithBadRoles };
    const quiet = yield* checkRows(file, table, mode === "delta", into, othersRow[file]);
    if (file === "users.csv") notPeople = quiet;
  }
  return { ...collected, modes, files, unreadable, notPeople };
}

type RowRecord = Record<string, string | undefined>;

/** Rows checked between yields: some milliseconds (1,000 held a busy server for up to 90 ms). */
const ROWS_PER_STEP = 250;

/** Checks each row; returns how many rows not about our people were left unread. */
function* checkRows(
  file: RosterDataFile,
  table: CsvTable,
  delta: boolean,
  into: Pick<CheckedFiles, "good" | "badIds" | "badRows" | "usersWithBadRoles">,
  othersRow?: (record: RowRecord) => boolean,
): Steps<number> {
  let quiet = 0;
  let sinceStep = 0;
  const schema: z.ZodType<unknown> = rowSchemas(delta)[file];
  const header = canonicalHeader(file, table.header);
  const firstLine = new Map<string, number>();
  const rows = into.good[file] as { line: number; sourcedId: string }[];
  for (const { line, cells } of table.rows) {
    sinceStep += 1;
    if (sinceStep === ROWS_PER_STEP) {
      sinceStep = 0;
      yield;
    }
    const record = recordOf(header, cells);
    const parsed = schema.safeParse(record);
    const sourcedId = record.sourcedId?.trim();
    if (!parsed.success && othersRow?.(record)) {
      // Left out as a bad row is, so rows pointing at it are left out too, without a report.
      if (sourcedId) into.badIds[file].add(sourcedId);
      quiet += 1;
      continue;
    }
    if (!parsed.success) {
      if (sourcedId) into.badIds[file].add(sourcedId);
      const user = record.userSourcedId?.trim();
      if (file === "roles.csv" && user) into.usersWithBadRoles.add(user);
      const reasons = [...new Set(parsed.error.issues.map((issue) => issue.message))];
      into.badRows.push({ file, line, reason: reasons.join("; ") });
      continue;
    }
    const row = { ...(parsed.data as { sourcedId: string }), line };
    const earlier = firstLine.get(row.sourcedId);
    if (earlier !== undefined) {
      if (file === "roles.csv") into.usersWithBadRoles.add(String(record.userSourcedId).trim());
      into.badRows.push({
        file,
        line,
        reason: `sourcedId '${row.sourcedId}' repeats line ${earlier}`,
      });
      continue;
    }
    firstLine.set(row.sourcedId, line);
    rows.push(row);
  }
  return quiet;
}
