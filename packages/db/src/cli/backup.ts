import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { BackupRefused, backupEmbeddedDatabase } from "../embedded-backup.ts";
import { databaseOptionsFromEnv } from "./env.ts";

/*
 * `pnpm db:backup [--out file]`: a .tar.gz of the embedded database folder (DATA_DIR). The
 * server must be stopped. On PostgreSQL use pg_dump instead.
 */
const { values } = parseArgs({ options: { out: { type: "string" } } });
const options = databaseOptionsFromEnv();
if (options.databaseUrl) {
  console.error("DATABASE_URL is set: back up PostgreSQL with pg_dump -Fc (see the README).");
  process.exit(1);
}
const stamp = new Date().toISOString().replaceAll(/[:.]/g, "-").slice(0, 19);
const outFile = resolve(
  process.env.INIT_CWD ?? process.cwd(),
  values.out ?? `throughline-backup-${stamp}.tar.gz`,
);
try {
  const bytes = await backupEmbeddedDatabase(options.dataDir, outFile);
  console.log(`Backed up ${options.dataDir} to ${outFile} (${Math.round(bytes / 1024)} KB).`);
} catch (error) {
  if (!(error instanceof BackupRefused)) throw error;
  console.error(error.message);
  process.exit(1);
}
