import { FILE_MODES, type FileMode, ROSTER_DATA_FILES, type RosterDataFile } from "./binding.ts";
import type { CsvTable, FileModes, RosterProblem } from "./files.ts";

const dataFiles = Object.keys(ROSTER_DATA_FILES) as RosterDataFile[];

function isFileMode(value: string): value is FileMode {
  return (FILE_MODES as readonly string[]).includes(value);
}

/**
 * Reads manifest.csv: the versions must be manifest 1.0 and OneRoster 1.2, and each
 * `file.<name>` says bulk, delta or absent. A file the manifest does not list is absent.
 */
export function readManifest(table: CsvTable): { modes: FileModes; problems: RosterProblem[] } {
  const problems: RosterProblem[] = [];
  const properties = new Map<string, { value: string; line: number }>();
  const [nameColumn, valueColumn] = ["propertyname", "value"].map((wanted) =>
    table.header.findIndex((cell) => cell.trim().toLowerCase() === wanted),
  );
  for (const row of table.rows) {
    const name = row.cells[nameColumn ?? -1]?.trim() ?? "";
    const value = row.cells[valueColumn ?? -1]?.trim() ?? "";
    if (name !== "") properties.set(name, { value, line: row.line });
  }

  const expectVersion = (property: string, wanted: string) => {
    const found = properties.get(property);
    if (!found) {
      problems.push({
        file: "manifest.csv",
        line: null,
        reason: `${property} is missing: it must be ${wanted}`,
      });
    } else if (found.value !== wanted) {
      problems.push({
        file: "manifest.csv",
        line: found.line,
        reason: `${property} is '${found.value}': this import reads ${property} ${wanted}`,
      });
    }
  };
  expectVersion("manifest.version", "1.0");
  expectVersion("oneroster.version", "1.2");

  const modes = Object.fromEntries(dataFiles.map((file) => [file, "absent"])) as FileModes;
  for (const file of dataFiles) {
    const found = properties.get(`file.${file.replace(/\.csv$/, "")}`);
    if (!found) continue;
    if (isFileMode(found.value)) {
      modes[file] = found.value;
    } else {
      problems.push({
        file: "manifest.csv",
        line: found.line,
        reason: `file.${file.replace(/\.csv$/, "")} is '${found.value}': it must be bulk, delta or absent`,
      });
    }
  }
  return { modes, problems };
}
