import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { BackupRefused, restoreEmbeddedDatabase } from "../embedded-backup.ts";
import { databaseOptionsFromEnv } from "./env.ts";

/*
 * `pnpm db:restore <file> [--data-dir folder] [--force]`: loads a backup made by db:backup into
 * an empty folder (DATA_DIR unless --data-dir), or over a stopped one with --force.
 */
const { values, positionals } = parseArgs({
  options: { "data-dir": { type: "string" }, force: { type: "boolean", default: false } },
  allowPositionals: true,
});
const [file] = positionals;
if (!file || positionals.length > 1) {
  console.error("Usage: pnpm db:restore <backup.tar.gz> [--data-dir folder] [--force]");
  process.exit(1);
}
const base = process.env.INIT_CWD ?? process.cwd();
const dataDir = values["data-dir"]
  ? resolve(base, values["data-dir"])
  : databaseOptionsFromEnv().dataDir;
try {
  await restoreEmbeddedDatabase(resolve(base, file), dataDir, { force: values.force });
  console.log(`Restored ${file} into ${dataDir}. Start the server with DATA_DIR=${dataDir}.`);
} catch (error) {
  if (!(error instanceof BackupRefused)) throw error;
  console.error(error.message);
  process.exit(1);
}
