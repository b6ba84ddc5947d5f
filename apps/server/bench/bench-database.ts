import { type DatabaseHandle, openPostgres } from "@throughline/db/client";
import { migrateDatabase } from "@throughline/db/migrate";
import { seedDemoData } from "@throughline/db/seed";
import { sql } from "drizzle-orm";

/*
 * The database `pnpm bench` runs on: a fresh one on the TEST_DATABASE_URL server, migrated and
 * with the demo districts, dropped at the end. BENCH_DATABASE names an existing database to run
 * on instead (one kept with BENCH_KEEP_DATABASE=true, so a second run skips generating the big
 * district); it is then left in place.
 */

/** The rows of a raw `execute` on postgres.js (an array of rows). */
export function rowsOf<T>(result: unknown): T[] {
  if (!Array.isArray(result)) throw new Error("Expected the rows of a postgres.js query.");
  return result as T[];
}

export interface BenchDatabase {
  url: string;
  name: string;
  /** An owner connection, for seeding, generating and looking ids up (not for the load). */
  owner: DatabaseHandle;
  /** Drops the database unless it was given or is to be kept; closes the owner connection. */
  finish(): Promise<void>;
}

export async function openBenchDatabase(): Promise<BenchDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    throw new Error(
      "Set TEST_DATABASE_URL to a PostgreSQL 15+ server (superuser), e.g. postgres://postgres@127.0.0.1:55432/postgres",
    );
  }
  const given = process.env.BENCH_DATABASE;
  const name = given ?? `bench_${process.pid}`;
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error("BENCH_DATABASE must be a plain name.");
  const keep = given !== undefined || process.env.BENCH_KEEP_DATABASE === "true";
  const server = await openPostgres(serverUrl);
  if (!given) await server.db.execute(sql.raw(`create database ${name}`));
  const url = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  const owner = await openPostgres(url);
  await migrateDatabase(owner.db, "postgres");
  await seedDemoData(owner.db);
  return {
    url,
    name,
    owner,
    async finish() {
      await owner.close();
      if (keep) {
        console.log(`Kept the database ${name} (BENCH_DATABASE=${name} runs on it again).`);
      } else {
        await server.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
      }
      await server.close();
    },
  };
}

/** The district and person of a signed-in email: what the bare handler is told directly. */
export async function personByEmail(
  owner: DatabaseHandle,
  email: string,
): Promise<{ districtId: string; personId: string }> {
  const [row] = rowsOf<{ district_id: string; id: string }>(
    await owner.db.execute(sql`select district_id, id from person where email = ${email} limit 1`),
  );
  if (!row) throw new Error(`No person with the email ${email}.`);
  return { districtId: row.district_id, personId: row.id };
}

/** PostgreSQL's version line, for the heading of the figures. */
export async function serverVersion(owner: DatabaseHandle): Promise<string> {
  const [row] = rowsOf<{ version: string }>(
    await owner.db.execute(sql`select version() as version`),
  );
  return row?.version.split(" on ")[0] ?? "PostgreSQL";
}
