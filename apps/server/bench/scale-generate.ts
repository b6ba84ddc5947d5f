import { execFileSync } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import type { Database } from "@throughline/db/client";
import { account, person, user } from "@throughline/db/schema";
import { DEMO_PASSWORD } from "@throughline/db/seed";
import { hashPassword } from "better-auth/crypto";
import { and, eq, sql } from "drizzle-orm";
import { rowsOf } from "./bench-database.ts";

/*
 * The generated district of the scale benchmarks (scale-district.sql), shared by
 * `pnpm bench:scale` and `pnpm bench`: how many teachers (BENCH_TEACHERS), running the SQL,
 * counting what it made, and the few sign-ins the HTTP benchmark needs.
 */

/** BENCH_TEACHERS, rounded down to a multiple of 100 (a coach has 100 teachers); default 20,000. */
export function benchTeachers(value = process.env.BENCH_TEACHERS): number {
  const teachers = Math.floor(Number(value ?? 20_000) / 100) * 100;
  if (!Number.isFinite(teachers) || teachers < 0) {
    throw new Error("BENCH_TEACHERS must be a number of teachers, e.g. 20000 (0: no district).");
  }
  return teachers;
}

/** The uuid scale-district.sql gives a key (its `bid`): md5(key) made a version 4 UUID. */
export function scaleId(key: string): string {
  const md5 = createHash("md5").update(key).digest("hex");
  const variant = "89ab"[md5.charCodeAt(16) % 4];
  const hex = `${md5.slice(0, 12)}4${md5.slice(13, 16)}${variant}${md5.slice(17)}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const SCALE_DISTRICT_ID = scaleId("district");
export const SCALE_DISTRICT_NAME = "Big River Unified";

const ACTIVITY_TABLES = [
  "micropd_progress",
  "support_meeting",
  "meeting_attendance",
  "observation",
  "observation_rating",
] as const;

export interface GeneratedDistrict {
  seconds: number;
  /** Rows per activity table, and their total. */
  rows: Record<(typeof ACTIVITY_TABLES)[number] | "total", number>;
}

/**
 * Writes the district into the (migrated, owner-connected) database at `databaseUrl` with psql,
 * then counts its activity rows. Needs `psql` on the PATH.
 */
export async function generateScaleDistrict(
  db: Database,
  databaseUrl: string,
  teachers: number,
): Promise<GeneratedDistrict> {
  const started = performance.now();
  const script = fileURLToPath(new URL("./scale-district.sql", import.meta.url));
  execFileSync("psql", [databaseUrl, "-q", "-v", `teachers=${teachers}`, "-f", script], {
    stdio: "inherit",
  });
  const seconds = (performance.now() - started) / 1000;
  return { seconds, rows: await countActivity(db) };
}

export async function countActivity(db: Database): Promise<GeneratedDistrict["rows"]> {
  const counts = ACTIVITY_TABLES.map(
    (table) => sql`(select count(*)::int from ${sql.identifier(table)}
      where district_id = ${SCALE_DISTRICT_ID}) as ${sql.identifier(table)}`,
  );
  const [row] = rowsOf<Record<(typeof ACTIVITY_TABLES)[number], number>>(
    await db.execute(sql`select ${sql.join(counts, sql`, `)}`),
  );
  if (!row) throw new Error("Counting the generated rows answered nothing.");
  const total = ACTIVITY_TABLES.reduce((sum, table) => sum + Number(row[table]), 0);
  return { ...row, total };
}

/** Whether the district is in this database already (a kept benchmark database). */
export async function scaleDistrictExists(db: Database): Promise<boolean> {
  const rows = rowsOf(
    await db.execute(sql`select 1 from district where id = ${SCALE_DISTRICT_ID}`),
  );
  return rows.length > 0;
}

/**
 * Rebuilds the generated district's summary tables from its rows, as the migrations' backfills
 * and the end of scale-district.sql do: for a kept database migrated to a newer schema, whose
 * summaries the generator (triggers off) never wrote. Each refresh function rebuilds the rows of
 * the (district, person) pairs it is given.
 */
export async function rebuildScaleSummaries(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.district_id', ${SCALE_DISTRICT_ID}, true)`);
    for (const refresh of SUMMARY_REFRESHES) {
      await tx.execute(sql`select ${sql.identifier(refresh)}(array_agg(district_id), array_agg(id))
        from person where district_id = ${SCALE_DISTRICT_ID}`);
    }
  });
}

/** The summary rebuild functions, each taking (district ids[], person ids[]). */
const SUMMARY_REFRESHES = [
  "refresh_teacher_sessions",
  "refresh_teacher_progress",
  "refresh_teacher_meeting_starts",
  "refresh_teacher_caseload",
] as const;

/**
 * Email + password sign-ins (the demo password) for the generated people the HTTP benchmark
 * acts as, by their generated key ("c0" the first coach, "p0" the first school's principal,
 * "admin" the district admin). Returns each key's email.
 */
export async function addScaleLogins(
  db: Database,
  keys: readonly string[],
): Promise<Record<string, string>> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const emails: Record<string, string> = {};
  for (const key of keys) {
    const personId = scaleId(key);
    const [found] = await db
      .select({ email: person.email, displayName: person.displayName, userId: person.userId })
      .from(person)
      .where(and(eq(person.districtId, SCALE_DISTRICT_ID), eq(person.id, personId)));
    if (!found) throw new Error(`The generated district has no person "${key}".`);
    emails[key] = found.email;
    if (found.userId) continue;
    const userId = randomUUID();
    await db.transaction(async (tx) => {
      await tx
        .insert(user)
        .values({ id: userId, name: found.displayName, email: found.email, emailVerified: true });
      await tx.insert(account).values({
        id: randomUUID(),
        accountId: userId,
        providerId: "credential",
        userId,
        password: passwordHash,
      });
      await tx
        .update(person)
        .set({ userId })
        .where(and(eq(person.districtId, SCALE_DISTRICT_ID), eq(person.id, personId)));
    });
  }
  return emails;
}
