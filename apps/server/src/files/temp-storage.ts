import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LocalDiskStorage } from "@throughline/api/files/local-disk-storage";

/** File storage in a fresh temporary folder, for tests and benchmarks (the OS cleans it up). */
export function tempFileStorage(): LocalDiskStorage {
  return new LocalDiskStorage(mkdtempSync(join(tmpdir(), "throughline-files-")));
}
