import { eq, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { dashboardSnapshot } from "../../schema/index.ts";
import { rowsOfResult } from "../sql/result-rows.ts";

/** A kept dashboard, as `rules/dashboard-snapshot.ts` decides: the level's figures and when. */
export interface StoredDashboardSnapshot {
  builtAt: Date;
  buildMs: number;
  teacherCount: number;
  /** The dashboard as it was answered, dates as ISO strings (JSON). */
  body: unknown;
}

/** The level's kept snapshot in the transaction's district, if any. */
export async function readDashboardSnapshot(
  tx: Transaction,
  levelKey: string,
): Promise<StoredDashboardSnapshot | null> {
  const [row] = await tx
    .select({
      builtAt: dashboardSnapshot.builtAt,
      buildMs: dashboardSnapshot.buildMs,
      teacherCount: dashboardSnapshot.teacherCount,
      body: dashboardSnapshot.body,
    })
    .from(dashboardSnapshot)
    .where(eq(dashboardSnapshot.levelKey, levelKey));
  return row ?? null;
}

/**
 * The level's kept snapshot with only part of its body: one key of it (`metrics`), or the
 * items `from`..`to` of one array key (a page of kept schools) with the array's length, so a
 * reader that needs a few hundred bytes does not read and parse the whole (400 KB for a
 * 20,000-teacher district). `alongside` names one more key to read whole.
 */
export async function readDashboardSnapshotPart(
  tx: Transaction,
  levelKey: string,
  part: { key: string; from?: number; to?: number; alongside?: string },
): Promise<
  | (Omit<StoredDashboardSnapshot, "body"> & { body: unknown; length: number; alongside: unknown })
  | null
> {
  const value =
    part.from === undefined
      ? sql`${dashboardSnapshot.body} -> ${part.key}`
      : sql`jsonb_path_query_array(${dashboardSnapshot.body} -> ${part.key},
          ${`$[${Math.max(0, part.from)} to ${Math.max(0, part.to ?? part.from)}]`}::jsonpath)`;
  const [row] = await tx
    .select({
      builtAt: dashboardSnapshot.builtAt,
      buildMs: dashboardSnapshot.buildMs,
      teacherCount: dashboardSnapshot.teacherCount,
      body: value,
      length:
        sql<number>`coalesce(jsonb_array_length(case jsonb_typeof(${dashboardSnapshot.body} -> ${part.key})
        when 'array' then ${dashboardSnapshot.body} -> ${part.key} end), 0)`.mapWith(Number),
      alongside: sql`${dashboardSnapshot.body} -> ${part.alongside ?? ""}`,
    })
    .from(dashboardSnapshot)
    .where(eq(dashboardSnapshot.levelKey, levelKey));
  return row ?? null;
}

/** Keeps (or replaces) the level's snapshot. */
export async function saveDashboardSnapshot(
  tx: Transaction,
  snapshot: StoredDashboardSnapshot & {
    districtId: string;
    levelKey: string;
    schoolId: string | null;
  },
): Promise<void> {
  const kept = {
    builtAt: snapshot.builtAt,
    buildMs: snapshot.buildMs,
    teacherCount: snapshot.teacherCount,
    body: snapshot.body,
  };
  await tx
    .insert(dashboardSnapshot)
    .values({
      ...kept,
      districtId: snapshot.districtId,
      levelKey: snapshot.levelKey,
      schoolId: snapshot.schoolId,
    })
    .onConflictDoUpdate({
      target: [dashboardSnapshot.districtId, dashboardSnapshot.levelKey],
      set: kept,
    });
}

/** Forgets the level's snapshot (the level shrank below the size worth keeping). */
export async function dropDashboardSnapshot(tx: Transaction, levelKey: string): Promise<void> {
  await tx.delete(dashboardSnapshot).where(eq(dashboardSnapshot.levelKey, levelKey));
}

/**
 * Claims the rebuild of one level's snapshot until the transaction ends, for whichever server
 * process asks first: false when another transaction holds it, so only one process builds.
 */
export async function claimDashboardBuild(
  tx: Transaction,
  districtId: string,
  levelKey: string,
): Promise<boolean> {
  const result = await tx.execute(
    sql`select pg_try_advisory_xact_lock(hashtextextended(${`dashboard:${districtId}:${levelKey}`}, 0)) as claimed`,
  );
  return rowsOfResult<{ claimed: boolean }>(result)[0]?.claimed === true;
}
