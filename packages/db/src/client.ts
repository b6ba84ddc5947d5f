import { mkdir } from "node:fs/promises";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import * as schema from "./schema/index.ts";
import { registerPgliteTenantBegin, registerPostgresTenantBegin } from "./tenant-transaction.ts";

export type Schema = typeof schema;

/** The drizzle database, whichever driver is underneath (PGlite and postgres.js both fit). */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

/** A transaction on a Database; what query functions receive. */
export type Transaction = PgTransaction<
  PgQueryResultHKT,
  Schema,
  ExtractTablesWithRelations<Schema>
>;

export type DatabaseKind = "pglite" | "postgres";

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  close(): Promise<void>;
  /**
   * PostgreSQL only: calls `onNotice` for each notice on `channel` (LISTEN, on a connection of
   * its own), and `onListening` each time that connection starts listening, at first and after
   * every reconnect (notices sent while it was closed are lost, so the caller starts afresh).
   */
  listen?: (
    channel: string,
    onNotice: () => void,
    onListening: () => void,
  ) => Promise<{ stop(): Promise<void> }>;
}

export interface OpenDatabaseOptions {
  /** A PostgreSQL URL; without it the embedded database is used. */
  databaseUrl?: string;
  /** Where the embedded database keeps its files (created if missing). */
  dataDir: string;
  /** PostgreSQL only: how long to wait for a connection and for each statement. */
  timeouts?: PostgresTimeouts;
}

export interface PostgresTimeouts {
  /** Give up opening a connection (TCP and the start-up exchange) after this long. */
  connectTimeoutMs?: number;
  /** The server cancels any statement running longer (0: no limit). */
  statementTimeoutMs?: number;
  /**
   * The server ends a session that sits inside an open transaction doing nothing for longer
   * (0: no limit), so a stuck request cannot hold its locks and a pooled connection forever.
   */
  idleInTransactionTimeoutMs?: number;
}

/**
 * Session settings sent when each connection opens. They hold for every role the connection
 * switches to, so the application role (set per transaction) runs under them too.
 */
function connectionSettings(timeouts: PostgresTimeouts): Record<string, number> {
  const settings: Record<string, number> = {};
  if (timeouts.statementTimeoutMs) settings.statement_timeout = timeouts.statementTimeoutMs;
  if (timeouts.idleInTransactionTimeoutMs) {
    settings.idle_in_transaction_session_timeout = timeouts.idleInTransactionTimeoutMs;
  }
  return settings;
}

/** snake_case columns in SQL, camelCase in TypeScript; the same setting drizzle-kit uses. */
const drizzleConfig = { schema, casing: "snake_case" } as const;

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.timeouts)
    : openPglite(options.dataDir);
}

/** The embedded database. `memory://` keeps it in memory (tests); any other value is a folder. */
export async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  // Imported here so a server on PostgreSQL never loads the WebAssembly build.
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  if (!dataDir.startsWith("memory://")) await mkdir(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir);
  const db = drizzle({ client, ...drizzleConfig });
  registerPgliteTenantBegin(db, client, schema);
  return { db, kind: "pglite", close: () => client.close() };
}

export async function openPostgres(
  databaseUrl: string,
  timeouts: PostgresTimeouts = {},
): Promise<DatabaseHandle> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const client = postgres(databaseUrl, {
    // Migrations print NOTICEs ("already exists, skipping"); they are not worth a log line.
    onnotice: () => {},
    // A database that is down or does not answer fails the request quickly instead of hanging.
    ...(timeouts.connectTimeoutMs ? { connect_timeout: timeouts.connectTimeoutMs / 1000 } : {}),
    connection: connectionSettings(timeouts),
  });
  const db = drizzle({ client, ...drizzleConfig });
  registerPostgresTenantBegin(db, client, schema);
  return {
    db,
    kind: "postgres",
    close: () => client.end(),
    async listen(channel, onNotice, onListening) {
      const listening = await client.listen(channel, onNotice, onListening);
      return { stop: () => listening.unlisten() };
    },
  };
}
