import { resolve } from "node:path";
import type { OpenDatabaseOptions } from "../client.ts";

/**
 * The command-line tools are the only place this package reads the environment:
 * DATABASE_URL (a PostgreSQL server; unset means the embedded database) and DATA_DIR (the
 * embedded database's folder, `./.data` relative to the current directory unless told).
 */
export function databaseOptionsFromEnv(): OpenDatabaseOptions {
  const databaseUrl = process.env.DATABASE_URL?.trim();
  const dataDir = resolve(process.env.DATA_DIR?.trim() || ".data");
  return databaseUrl ? { databaseUrl, dataDir } : { dataDir };
}

/** Where the tools say they are working, without printing a password from the URL. */
export function describeTarget(options: OpenDatabaseOptions): string {
  if (!options.databaseUrl) return `embedded database in ${options.dataDir}`;
  const url = new URL(options.databaseUrl);
  return `PostgreSQL at ${url.host}${url.pathname}`;
}
