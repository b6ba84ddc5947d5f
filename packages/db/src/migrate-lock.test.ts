import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openPostgres } from "./client.ts";
import { migrateDatabase } from "./migrate.ts";
import { migrationStatus } from "./migration-status.ts";
import { migrationsFolder } from "./migrations-folder.ts";
import { rawRows } from "./testing.ts";

/*
 * Two server processes starting at once on one new PostgreSQL database: both migrate through
 * their own connections, the advisory lock lets one work while the other waits, and every
 * migration is applied exactly once. Needs a real PostgreSQL (TEST_DATABASE_URL).
 */
const serverUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!serverUrl)("migrating PostgreSQL from two processes at once", () => {
  const name = `throughline_test_${randomUUID().replaceAll("-", "")}`;
  let admin: postgres.Sql;
  const handles: DatabaseHandle[] = [];

  beforeAll(async () => {
    admin = postgres(serverUrl ?? "", { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    const url = new URL(serverUrl ?? "");
    url.pathname = `/${name}`;
    handles.push(await openPostgres(url.toString()), await openPostgres(url.toString()));
  });
  afterAll(async () => {
    for (const handle of handles) await handle.close();
    await admin?.unsafe(`drop database if exists "${name}" with (force)`);
    await admin?.end();
  });

  it("applies each migration once and leaves the database current", async () => {
    const [first, second] = handles;
    if (!first || !second) throw new Error("Two connections expected.");
    await Promise.all([
      migrateDatabase(first.db, first.kind),
      migrateDatabase(second.db, second.kind),
    ]);

    const committed = readMigrationFiles({ migrationsFolder });
    const applied = await rawRows<{ hash: string; times: number }>(
      first.db,
      sql`select hash, count(*)::int as times from drizzle.__drizzle_migrations group by hash`,
    );
    expect(applied).toHaveLength(committed.length);
    expect(applied.every((row) => row.times === 1)).toBe(true);
    expect(await migrationStatus(second.db)).toEqual({ current: true, applied: committed.length });
    // Both released the lock: nobody holds it any more.
    const locks = await rawRows<{ held: number }>(
      first.db,
      // Other test files migrate their own databases on the same server at the same time:
      // advisory locks belong to a database, so count this one's only.
      sql`select count(*)::int as held from pg_locks
          where locktype = 'advisory'
            and database = (select oid from pg_database where datname = current_database())`,
    );
    expect(locks[0]?.held).toBe(0);
  }, 120_000);
});
