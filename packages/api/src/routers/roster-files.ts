import { oneRosterFileNamed } from "@throughline/domain/oneroster/binding";
import type { CsvTable } from "@throughline/domain/oneroster/files";
import type { RosterFile } from "@throughline/domain/oneroster/input";
import { TRPCError } from "@trpc/server";
import { CsvError, parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";

/** The files in the upload as name → text: ZIPs opened, anything not a roster CSV set aside. */
function expand(files: readonly RosterFile[]): {
  texts: { name: string; text: string }[];
  ignored: string[];
} {
  const texts: { name: string; text: string }[] = [];
  const ignored: string[] = [];
  for (const file of files) {
    if (file.encoding === "text") {
      texts.push({ name: file.name, text: file.content });
      continue;
    }
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(Buffer.from(file.content, "base64"), {
        // Folders and macOS resource forks are not roster files; do not even inflate them.
        filter: (entry) => !entry.name.endsWith("/") && !entry.name.includes("__MACOSX"),
      });
    } catch {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: `${file.name} could not be opened as a ZIP file. Export the roster again, or choose its CSV files instead.`,
      });
    }
    for (const [name, bytes] of Object.entries(entries)) {
      texts.push({ name, text: strFromU8(bytes) });
    }
  }
  return {
    texts: texts.filter((entry) => {
      const known = oneRosterFileNamed(entry.name) !== undefined;
      if (!known) ignored.push(entry.name.split("/").pop() ?? entry.name);
      return known;
    }),
    ignored,
  };
}

/** One CSV file as header and rows, each row led by the line it ended on. */
function parseTable(name: string, text: string): Omit<CsvTable, "file"> {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      on_record: (record: string[], context) => [String(context.lines), ...record],
    });
  } catch (error) {
    if (error instanceof CsvError) {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: `${name} could not be read as CSV: ${error.message}.`,
      });
    }
    throw error;
  }
  const [header, ...rows] = records;
  return {
    header: header?.slice(1) ?? [],
    rows: rows.map(([line, ...cells]) => ({ line: Number(line), cells })),
  };
}

/** The upload as the domain reads it, plus the names of files it does not read. */
export function readRosterFiles(files: readonly RosterFile[]): {
  tables: CsvTable[];
  ignored: string[];
} {
  const { texts, ignored } = expand(files);
  const tables = texts.flatMap(({ name, text }) => {
    const file = oneRosterFileNamed(name);
    return file ? [{ file, ...parseTable(file, text) }] : [];
  });
  return { tables, ignored };
}
