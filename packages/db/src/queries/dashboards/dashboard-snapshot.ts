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
