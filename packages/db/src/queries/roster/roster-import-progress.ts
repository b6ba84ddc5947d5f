import type { RosterProgress } from "@throughline/domain/oneroster/input";
import { and, eq, lt, or, sql } from "drizzle-orm";
import type { Database } from "../../client.ts";
import { rosterImportProgress } from "../../schema/index.ts";

/*
 * Roster-import progress, written through the root database handle (never an import's own
 * transaction), so each write commits at once and any server process can read it.
 */

/** A finished import is kept this long, so the page's last poll still sees 100 %. */
export const KEEP_FINISHED = "5 minutes";
/** An unfinished import not heard from this long died with its process. */
export const GIVE_UP_UNFINISHED = "1 hour";

/** Removes finished entries past their keeping time and entries whose import died. */
export async function deleteStaleImportProgress(db: Database): Promise<number> {
  const removed = await db
    .delete(rosterImportProgress)
    .where(
      or(
        and(
          eq(rosterImportProgress.finished, true),
          lt(rosterImportProgress.updatedAt, sql`now() - ${KEEP_FINISHED}::interval`),
        ),
        lt(rosterImportProgress.updatedAt, sql`now() - ${GIVE_UP_UNFINISHED}::interval`),
      ),
    )
    .returning({ importId: rosterImportProgress.importId });
  return removed.length;
}

/** Starts (or restarts, for the same id) an import's entry at nothing done. */
export async function startImportProgress(
  db: Database,
  params: { importId: string; total: number },
): Promise<void> {
  await db
    .insert(rosterImportProgress)
    .values({ importId: params.importId, total: params.total })
    .onConflictDoUpdate({
      target: rosterImportProgress.importId,
      set: { done: 0, total: params.total, finished: false },
    });
}

export async function setImportProgress(
  db: Database,
  params: { importId: string; done: number },
): Promise<void> {
  await db
    .update(rosterImportProgress)
    .set({ done: sql`least(${params.done}, ${rosterImportProgress.total})` })
    .where(eq(rosterImportProgress.importId, params.importId));
}

export async function finishImportProgress(db: Database, importId: string): Promise<void> {
  await db
    .update(rosterImportProgress)
    .set({ done: sql`${rosterImportProgress.total}`, finished: true })
    .where(eq(rosterImportProgress.importId, importId));
}

export async function deleteImportProgress(db: Database, importId: string): Promise<void> {
  await db.delete(rosterImportProgress).where(eq(rosterImportProgress.importId, importId));
}

export async function readImportProgress(
  db: Database,
  importId: string,
): Promise<RosterProgress | null> {
  const [row] = await db
    .select({
      done: rosterImportProgress.done,
      total: rosterImportProgress.total,
      finished: rosterImportProgress.finished,
    })
    .from(rosterImportProgress)
    .where(eq(rosterImportProgress.importId, importId));
  return row ?? null;
}
