import { fileURLToPath } from "node:url";
import { is, sql } from "drizzle-orm";
import type { Database, DatabaseKind } from "./client.ts";

/** The committed migrations, found from this file so it works from any working directory. */
const migrationsFolder = fileURLToPath(new URL("../migrations", import.meta.url));

/**
 * Applies the committed migrations with the migrator of the matching driver, then secures every
 * tenant table again, so a table added by a later migration is never left without its policy.
 */
export async function migrateDatabase(db: Database, kind: DatabaseKind): Promise<void> {
  if (kind === "pglite") {
    const { PgliteDatabase } = await import("drizzle-orm/pglite");
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    if (!is(db, PgliteDatabase)) throw new Error("Expected a PGlite database.");
    await migrate(db, { migrationsFolder });
  } else {
    const { PostgresJsDatabase } = await import("drizzle-orm/postgres-js");
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    if (!is(db, PostgresJsDatabase)) throw new Error("Expected a postgres.js database.");
    await migrate(db, { migrationsFolder });
  }
  await db.execute(sql`select secure_tenant_tables()`);
}
