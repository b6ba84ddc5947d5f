import { resolve } from "node:path";
import type { OpenDatabaseOptions } from "../client.ts";

/**
 * The command-line tools are the only place this package reads the environment:
 * DATABASE_URL (a PostgreSQL server; unset means the embedded database) and DATA_DIR (the
 * embedded database's folder, `./.data` unless told). A relative folder is taken from where
 * the command was typed (pnpm passes it as INIT_CWD), so `pnpm db:seed` and `pnpm start` at
 * the top of the repository share one `.data` folder.
 */
export function databaseOptionsFromEnv(): OpenDatabaseOptions {
  const databaseUrl = process.env.DATABASE_URL?.trim();
  const base = process.env.INIT_CWD ?? process.cwd();
  const dataDir = resolve(base, process.env.DATA_DIR?.trim() || ".data");
  return databaseUrl ? { databaseUrl, dataDir } : { dataDir };
}

/** Where the tools say they are working, without printing a password from the URL. */
export function describeTarget(options: OpenDatabaseOptions): string {
  if (!options.databaseUrl) return `embedded database in ${options.dataDir}`;
  const url = new URL(options.databaseUrl);
  return `PostgreSQL at ${url.host}${url.pathname}`;
}
