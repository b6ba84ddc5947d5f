import { randomUUID } from "node:crypto";
import { type DatabaseHandle, openPostgres } from "@throughline/db/client";
import { migrateDatabase } from "@throughline/db/migrate";
import { seedDemoData } from "@throughline/db/seed";
import { sql } from "drizzle-orm";

/**
 * A new database on the PostgreSQL server `serverUrl` names (a superuser URL), migrated and
 * seeded with the demo districts, for tests that start real server processes on it: `url` is
 * what they get as DATABASE_URL, `handle` lets the test look inside.
 */
export async function createScratchPostgres(serverUrl: string) {
  const name = `throughline_test_${randomUUID().replaceAll("-", "")}`;
  const admin = await openPostgres(serverUrl);
  await admin.db.execute(sql.raw(`create database "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let handle: DatabaseHandle | undefined;
  const drop = async () => {
    await handle?.close();
    await admin.db.execute(sql.raw(`drop database if exists "${name}" with (force)`));
    await admin.close();
  };
  try {
    handle = await openPostgres(url.toString());
    await migrateDatabase(handle.db, handle.kind);
    await seedDemoData(handle.db);
  } catch (error) {
    await drop();
    throw error;
  }
  return { url: url.toString(), handle, drop };
}
