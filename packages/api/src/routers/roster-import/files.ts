import { oneRosterFileNamed } from "@throughline/domain/oneroster/binding";
import type { CsvTable } from "@throughline/domain/oneroster/files";
import type { RosterFile } from "@throughline/domain/oneroster/input";
import { TRPCError } from "@trpc/server";
import { CsvError } from "csv-parse";
import { strFromU8 } from "fflate";
import { unzipWithinLimits, ZipRefused } from "../../files/bounded-unzip.ts";
import { parseCsvInTurns } from "../../files/csv-in-turns.ts";

/** The files in the upload as name → text: ZIPs opened, anything not a roster CSV set aside. */
async function expand(files: readonly RosterFile[]): Promise<{
  texts: { name: string; text: string }[];
  ignored: string[];
}> {
  const texts: { name: string; text: string }[] = [];
  const ignored: string[] = [];
  const isRosterFile = (name: string) => {
    // macOS resource forks are not roster files; neither they nor other files are inflated.
    if (name.includes("__MACOSX")) return false;
    if (oneRosterFileNamed(name) !== undefined) return true;
    ignored.push(name.split("/").pop() ?? name);
    return false;
  };
  for (const file of files) {
    if (file.encoding === "text") {
      if (isRosterFile(file.name)) texts.push({ name: file.name, text: file.content });
      continue;
    }
    try {
      const entries = await unzipWithinLimits(Buffer.from(file.content, "base64"), isRosterFile);
      for (const { name, bytes } of entries) texts.push({ name, text: strFromU8(bytes) });
    } catch (error) {
      if (!(error instanceof ZipRefused)) throw error;
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: `${file.name} could not be opened as a ZIP file: ${error.message} Export the roster again, or choose its CSV files instead.`,
      });
    }
  }
  return { texts, ignored };
}

/** One CSV file as header and rows, each row with the line it ended on. */
async function parseTable(name: string, text: string): Promise<Omit<CsvTable, "file">> {
  let records: CsvTable["rows"];
  try {
    // Each row is shaped as the domain reads it while it is parsed, a slice per turn: mapping
    // 20,000 rows afterwards held the event loop for some 100 ms in one go.
    records = await parseCsvInTurns(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      on_record: (cells: string[], context) => ({ line: context.lines, cells }),
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
  return { header: header?.cells ?? [], rows };
}

/** The upload as the domain reads it, plus the names of files it does not read. */
export async function readRosterFiles(files: readonly RosterFile[]): Promise<{
  tables: CsvTable[];
  ignored: string[];
}> {
  const { texts, ignored } = await expand(files);
  const tables: CsvTable[] = [];
  for (const { name, text } of texts) {
    const file = oneRosterFileNamed(name);
    if (file) tables.push({ file, ...(await parseTable(file, text)) });
  }
  return { tables, ignored };
}
