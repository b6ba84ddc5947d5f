import { openDatabase } from "@throughline/db/client";
import type { ServerEnv } from "./env.ts";

/**
 * The database the server and a separate worker open alike: PostgreSQL at DATABASE_URL with its
 * connect, statement and idle-transaction limits, or else the embedded one in DATA_DIR.
 */
export function databaseFrom(env: ServerEnv) {
  return openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    timeouts: {
      connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
      idleInTransactionTimeoutMs: env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
  });
}
