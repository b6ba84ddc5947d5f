import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

/*
 * Backups of the embedded database. PGlite dumps its whole data folder as one .tar.gz, so a
 * backup holds the database together with what the server keeps beside it there (the generated
 * secret that unlocks badge-signing keys, uploaded files, kept mail). A restore loads the
 * archive into a fresh folder.
 */

/** PGlite writes this file while a process has the folder open and removes it on close. */
const OPEN_MARKER = "postmaster.pid";

export class BackupRefused extends Error {}

function refuseIfOpen(dataDir: string): void {
  if (existsSync(join(dataDir, OPEN_MARKER))) {
    throw new BackupRefused(
      `The embedded database in ${dataDir} is open in another process, probably the server. ` +
        `Stop the server first. (If nothing is running, it was not shut down cleanly: start ` +
        `and stop the server once, then try again.)`,
    );
  }
}

async function isEmptyFolder(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch {
    return true; // missing counts as empty
  }
}

/** Writes a .tar.gz of the embedded database folder to `outFile` (never over an existing file). */
export async function backupEmbeddedDatabase(dataDir: string, outFile: string): Promise<number> {
  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    throw new BackupRefused(`There is no embedded database in ${dataDir}.`);
  }
  refuseIfOpen(dataDir);
  if (existsSync(outFile)) throw new BackupRefused(`${outFile} already exists.`);
  const { PGlite } = await import("@electric-sql/pglite");
  const client = await PGlite.create(dataDir);
  try {
    const archive = await client.dumpDataDir("gzip");
    const bytes = new Uint8Array(await archive.arrayBuffer());
    await writeFile(outFile, bytes, { flag: "wx" });
    return bytes.byteLength;
  } finally {
    await client.close();
  }
}

/**
 * Loads a backup into `dataDir`, which must be empty or missing; `force` replaces what is
 * there, but never a folder another process has open.
 */
export async function restoreEmbeddedDatabase(
  archiveFile: string,
  dataDir: string,
  options: { force?: boolean } = {},
): Promise<void> {
  const archive = await readFile(archiveFile).catch(() => {
    throw new BackupRefused(`Cannot read the backup ${archiveFile}.`);
  });
  refuseIfOpen(dataDir);
  if (!(await isEmptyFolder(dataDir))) {
    if (!options.force) {
      throw new BackupRefused(
        `${dataDir} is not empty. Restore into a new folder (--data-dir), or add --force to replace it.`,
      );
    }
    await rm(dataDir, { recursive: true, force: true });
  }
  await mkdir(dataDir, { recursive: true });
  const { PGlite } = await import("@electric-sql/pglite");
  const client = await PGlite.create(dataDir, {
    loadDataDir: new Blob([new Uint8Array(archive)], { type: "application/x-gzip" }),
  });
  try {
    // Proves the archive was a database before anyone starts a server on it.
    await client.query("select 1");
  } finally {
    await client.close();
  }
}
