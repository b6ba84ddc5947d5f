import { is, sql } from "drizzle-orm";
import type { Sql } from "postgres";
import type { Database, DatabaseKind } from "./client.ts";
import { migrationsFolder } from "./migrations-folder.ts";

/**
 * The advisory lock every Throughline process takes around migrating a PostgreSQL database
 * (an arbitrary constant; advisory locks are named by numbers).
 */
export const MIGRATION_LOCK_KEY = 7_466_231_880_241;

/**
 * Applies the committed migrations with the migrator of the matching driver, then secures every
 * tenant table again, so a table added by a later migration is never left without its policy.
 */
export async function migrateDatabase(db: Database, kind: DatabaseKind): Promise<void> {
  if (kind === "pglite") {
    // One process owns an embedded database: nothing to race with.
    const { PgliteDatabase } = await import("drizzle-orm/pglite");
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    if (!is(db, PgliteDatabase)) throw new Error("Expected a PGlite database.");
    await migrate(db, { migrationsFolder });
    await db.execute(sql`select secure_tenant_tables()`);
    return;
  }
  const { PostgresJsDatabase } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  if (!is(db, PostgresJsDatabase)) throw new Error("Expected a postgres.js database.");
  await underMigrationLock(db, async () => {
    await migrate(db, { migrationsFolder });
    await db.execute(sql`select secure_tenant_tables()`);
  });
}

/**
 * Several server processes starting at once must not migrate at once: each holds a session
 * advisory lock on a connection of its own while the migrator runs on the others, so the
 * second waits for the first and then finds nothing left to do. The lock goes with its
 * connection if the process dies.
 */
async function underMigrationLock(db: Database, migrate: () => Promise<void>): Promise<void> {
  const lock = await postgresClientOf(db).reserve();
  try {
    // Waiting for another process to finish migrating is not a hung statement.
    await lock`set statement_timeout = 0`;
    await lock`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    try {
      await migrate();
    } finally {
      await lock`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
      await lock`reset statement_timeout`;
    }
  } finally {
    lock.release();
  }
}

/** drizzle keeps the postgres.js pool it was given as `$client` (not part of its types). */
function postgresClientOf(db: Database): Sql {
  const client: unknown = Reflect.get(db, "$client");
  if (typeof client !== "function" || !("reserve" in client)) {
    throw new Error("Expected a database opened with postgres.js.");
  }
  return client as Sql;
}
