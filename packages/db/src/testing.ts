import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { eq, type SQL } from "drizzle-orm";
import postgres from "postgres";
import {
  type Database,
  type DatabaseHandle,
  openPglite,
  openPostgres,
  type Transaction,
} from "./client.ts";
import { findPersonForUser, type Membership } from "./identity.ts";
import { migrateDatabase } from "./migrate.ts";
import { createDistrict } from "./queries/districts/create-district.ts";
import { user } from "./schema/index.ts";
import { DEMO_PASSWORD, seedDemoData } from "./seed.ts";

export interface TestDatabaseOptions {
  /** Also write the demo districts. */
  seed?: boolean;
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or, when TEST_DATABASE_URL
 * names a PostgreSQL server (as a superuser), a new database on it that is dropped on close.
 * This is the one library module that reads the environment: tests have no other way in.
 */
export async function createTestDatabase(
  options: TestDatabaseOptions = {},
): Promise<DatabaseHandle> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const handle = serverUrl ? await createServerDatabase(serverUrl) : await openPglite("memory://");
  try {
    await migrateDatabase(handle.db, handle.kind);
    if (options.seed) await seedDemoData(handle.db);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

async function createServerDatabase(serverUrl: string): Promise<DatabaseHandle> {
  const name = `throughline_test_${randomUUID().replaceAll("-", "")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openPostgres(url.toString());
  return {
    ...handle,
    async close() {
      await handle.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

/** The district and person behind a login email, found the way sign-in finds them. */
export async function membershipFor(db: Database, email: string): Promise<Membership> {
  const [found] = await db.select({ id: user.id }).from(user).where(eq(user.email, email));
  const membership = found ? await findPersonForUser(db, found.id) : null;
  if (!membership) throw new Error(`No active person signs in as ${email}.`);
  return membership;
}

/**
 * Rows of a raw SQL query on either driver, for tests that read the catalog: PGlite answers
 * `{ rows }`, postgres.js an array of rows. The row type is the caller's claim.
 */
export async function rawRows<T>(db: Database | Transaction, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result as T[];
  if (result && typeof result === "object" && "rows" in result && Array.isArray(result.rows)) {
    return result.rows as T[];
  }
  throw new Error("Unexpected result shape from the database driver.");
}

/** The messages of an error and its causes, joined: drizzle wraps the driver's error. */
export function errorMessages(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  while (current instanceof Error) {
    parts.push(current.message);
    current = current.cause;
  }
  return parts.join(" | ");
}

/**
 * A district of the test's own, written by the query the set-up page uses: the default
 * framework and one admin, who signs in with the demo password, and nothing else, so the test
 * adds what it needs instead of leaning on the demo seed.
 */
export async function newDistrict(
  db: Database,
  options: {
    name: string;
    slug: string;
    timeZone: string;
    admin: { displayName: string; email: string };
  },
): Promise<{ districtId: string; adminPersonId: string }> {
  const adminPasswordHash = await hashPassword(DEMO_PASSWORD);
  const created = await db.transaction((tx) =>
    createDistrict(tx, { ...options, schoolYearStartMonth: 8, adminPasswordHash, now: new Date() }),
  );
  if (!created.ok) throw new Error(`The test district was not created: ${created.problem}.`);
  return { districtId: created.districtId, adminPersonId: created.adminPersonId };
}

/** A notification row as tests read it straight from the table, with its recipient's email. */
export interface SentNotificationRow {
  email: string;
  kind: string;
  title: string;
  body: string;
  link_app: string;
  link_path: string;
}
