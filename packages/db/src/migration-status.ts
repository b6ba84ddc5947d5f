import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import type { Database } from "./client.ts";
import { migrationsFolder } from "./migrations-folder.ts";

export type MigrationStatus =
  | { current: true; applied: number }
  | { current: false; applied: number; committed: number; reason: string };

let committedHashes: string[] | undefined;

/** The committed migrations' hashes, read once (they are part of the build). */
function committed(): string[] {
  committedHashes ??= readMigrationFiles({ migrationsFolder }).map((migration) => migration.hash);
  return committedHashes;
}

/**
 * Whether the database holds exactly the committed migrations, compared by hash in the table
 * drizzle's migrator keeps. A database behind (not migrated yet) or ahead (a newer release
 * migrated it) is not current for this server.
 */
export async function migrationStatus(db: Database): Promise<MigrationStatus> {
  const expected = committed();
  const rows = await appliedHashes(db);
  if (!rows)
    return { current: false, applied: 0, committed: expected.length, reason: "not migrated" };
  const applied = new Set(rows);
  const missing = expected.filter((hash) => !applied.has(hash)).length;
  const behind = missing > 0 ? `${missing} migration(s) not applied` : null;
  const ahead =
    rows.length > expected.length
      ? "the database has migrations this server does not know (a newer release?)"
      : null;
  const reason = behind ?? ahead;
  return reason
    ? { current: false, applied: rows.length, committed: expected.length, reason }
    : { current: true, applied: rows.length };
}

const UNDEFINED_TABLE = "42P01";

/** The applied migrations' hashes; null when the database was never migrated. */
async function appliedHashes(db: Database): Promise<string[] | null> {
  try {
    const rows = await db
      .select({ hash: sql<string>`hash` })
      .from(sql`drizzle.__drizzle_migrations`);
    return rows.map((row) => row.hash);
  } catch (error) {
    if (hasCode(error, UNDEFINED_TABLE)) return null;
    throw error;
  }
}

function hasCode(error: unknown, code: string): boolean {
  for (let e = error; e instanceof Error; e = e.cause) {
    if (Reflect.get(e, "code") === code) return true;
  }
  return false;
}
