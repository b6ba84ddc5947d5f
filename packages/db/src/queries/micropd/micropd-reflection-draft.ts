import { eq, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { micropdProgress } from "../../schema/index.ts";
import { progressKey, progressOf, progressRow } from "./progress-of.ts";

/*
 * The reflection a teacher is writing, kept on their progress row as they type. Saves are
 * compare-and-set on a revision, like observation drafts and meeting notes: a save based on an
 * older revision changes nothing and says what the server holds instead.
 */

export interface ReflectionDraft {
  text: string | null;
  revision: number;
}

export async function getReflectionDraft(
  tx: Transaction,
  params: { personId: string; sessionId: string },
): Promise<ReflectionDraft> {
  const [row] = await tx
    .select({
      text: micropdProgress.reflectionDraft,
      revision: micropdProgress.reflectionDraftRevision,
    })
    .from(micropdProgress)
    .where(progressOf(params))
    .limit(1);
  return row ?? { text: null, revision: 0 };
}

export type SaveReflectionDraftOutcome =
  | { saved: true; revision: number }
  | { saved: false; current: ReflectionDraft };

/** One statement, so two devices saving at once cannot both win. */
export async function saveReflectionDraft(
  tx: Transaction,
  params: {
    districtId: string;
    personId: string;
    sessionId: string;
    text: string;
    baseRevision: number;
  },
): Promise<SaveReflectionDraftOutcome> {
  const [row] = await tx
    .insert(micropdProgress)
    .values({
      ...progressRow(params),
      reflectionDraft: params.text,
      reflectionDraftRevision: params.baseRevision + 1,
    })
    .onConflictDoUpdate({
      target: progressKey,
      set: {
        reflectionDraft: params.text,
        reflectionDraftRevision: sql`${micropdProgress.reflectionDraftRevision} + 1`,
      },
      setWhere: eq(micropdProgress.reflectionDraftRevision, params.baseRevision),
    })
    .returning({ revision: micropdProgress.reflectionDraftRevision });
  if (row) return { saved: true, revision: row.revision };
  return { saved: false, current: await getReflectionDraft(tx, params) };
}

/**
 * The reflection was completed: nothing is pending any more. The revision stays, so a save the
 * same device still has in flight is not refused as someone else's.
 */
export async function clearReflectionDraft(
  tx: Transaction,
  params: { personId: string; sessionId: string },
): Promise<void> {
  await tx.update(micropdProgress).set({ reflectionDraft: null }).where(progressOf(params));
}
