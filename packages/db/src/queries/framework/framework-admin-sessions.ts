import type {
  AuthoredBlock,
  CreateSessionDraft,
  SaveSessionInput,
} from "@throughline/domain/framework-admin";
import type { PositionUpdate } from "@throughline/domain/rules/reorder";
import { and, asc, count, eq, gt, isNull, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  contentBlock,
  micropdProgress,
  micropdSession,
  sessionIndicator,
} from "../../schema/index.ts";
import { nextPosition } from "../sql/next-position.ts";

/*
 * Writing MicroPD sessions. A teacher's record lives in micropd_progress (completion time,
 * reflection, credited minutes), so editing a session never rewrites what someone already did.
 */

/** The stage's session ids in their current order. */
export async function sessionIdsInOrder(
  tx: Transaction,
  params: { stageId: string },
): Promise<string[]> {
  const rows = await tx
    .select({ id: micropdSession.id })
    .from(micropdSession)
    .where(eq(micropdSession.stageId, params.stageId))
    .orderBy(asc(micropdSession.position));
  return rows.map((row) => row.id);
}

async function linkIndicators(
  tx: Transaction,
  params: { districtId: string; sessionId: string; indicatorIds: readonly string[] },
) {
  await tx.delete(sessionIndicator).where(eq(sessionIndicator.sessionId, params.sessionId));
  if (params.indicatorIds.length === 0) return;
  await tx.insert(sessionIndicator).values(
    params.indicatorIds.map((indicatorId) => ({
      districtId: params.districtId,
      sessionId: params.sessionId,
      indicatorId,
    })),
  );
}

/** Adds a session after the stage's last one, with a first reading block to edit. */
export async function createSession(
  tx: Transaction,
  params: CreateSessionDraft & { districtId: string },
): Promise<string> {
  const { indicatorIds, districtId, ...fields } = params;
  const [created] = await tx
    .insert(micropdSession)
    .values({
      ...fields,
      districtId,
      position: nextPosition(micropdSession.position, eq(micropdSession.stageId, params.stageId)),
    })
    .returning({ id: micropdSession.id });
  if (!created) throw new Error("The session was not added.");
  await linkIndicators(tx, { districtId, sessionId: created.id, indicatorIds });
  await tx.insert(contentBlock).values({
    districtId,
    sessionId: created.id,
    position: 1,
    kind: "reading",
    body: { markdown: `# ${fields.title}\n\n${fields.summary}` },
  });
  return created.id;
}

/**
 * Moves the session to its next revision if it is still on `baseRevision` (compare-and-set), and
 * answers the new revision; null when another save got there first. The first write of a save:
 * the row stays locked until the save commits, so a second save made from the same copy waits,
 * then finds the revision moved on and is refused.
 */
export async function claimSessionRevision(
  tx: Transaction,
  params: { sessionId: string; baseRevision: number },
): Promise<number | null> {
  const [claimed] = await tx
    .update(micropdSession)
    .set({ revision: sql`${micropdSession.revision} + 1` })
    .where(
      and(
        eq(micropdSession.id, params.sessionId),
        eq(micropdSession.revision, params.baseRevision),
      ),
    )
    .returning({ revision: micropdSession.revision });
  return claimed?.revision ?? null;
}

/**
 * Changes a session's text, minutes, prompts and indicators; false when it is not in the
 * district. Completed records keep their credited minutes and their reflection text.
 */
export async function updateSession(
  tx: Transaction,
  params: Omit<SaveSessionInput, "blocks" | "baseRevision"> & { districtId: string },
): Promise<boolean> {
  const { sessionId, indicatorIds, districtId, ...fields } = params;
  const updated = await tx
    .update(micropdSession)
    .set(fields)
    .where(eq(micropdSession.id, sessionId))
    .returning({ id: micropdSession.id });
  if (updated.length === 0) return false;
  await linkIndicators(tx, { districtId, sessionId, indicatorIds });
  return true;
}

/**
 * Gives the stage's sessions their new positions (unique per stage, so moved out of the way
 * first). Progress points at session ids: completed stays completed, and the next session is
 * simply the first one, in the new order, a teacher has not done.
 */
export async function applySessionPositions(
  tx: Transaction,
  params: { stageId: string; updates: readonly PositionUpdate[] },
): Promise<void> {
  await tx
    .update(micropdSession)
    .set({ position: sql`-${micropdSession.position}` })
    .where(eq(micropdSession.stageId, params.stageId));
  for (const { id, position } of params.updates) {
    await tx.update(micropdSession).set({ position }).where(eq(micropdSession.id, id));
  }
}

/** How many teachers have opened the session; such a session is never deleted. */
export async function sessionStartedBy(tx: Transaction, params: { sessionId: string }) {
  const [row] = await tx
    .select({ n: count() })
    .from(micropdProgress)
    .where(eq(micropdProgress.sessionId, params.sessionId));
  return row?.n ?? 0;
}

/** Deletes an unused session and closes the gap in its stage's order. */
export async function deleteSession(
  tx: Transaction,
  params: { sessionId: string; stageId: string },
): Promise<void> {
  await tx.delete(micropdSession).where(eq(micropdSession.id, params.sessionId));
  const remaining = await sessionIdsInOrder(tx, { stageId: params.stageId });
  await applySessionPositions(tx, {
    stageId: params.stageId,
    updates: remaining.map((id, index) => ({ id, position: index + 1 })),
  });
}

/**
 * Replaces the session's blocks with the given list, in order. A teacher part-way through keeps
 * a place inside the new list: one beyond its end moves to the last block.
 */
export async function replaceBlocks(
  tx: Transaction,
  params: { districtId: string; sessionId: string; blocks: readonly AuthoredBlock[] },
): Promise<void> {
  await tx.delete(contentBlock).where(eq(contentBlock.sessionId, params.sessionId));
  await tx.insert(contentBlock).values(
    params.blocks.map(({ kind, ...body }, index) => ({
      districtId: params.districtId,
      sessionId: params.sessionId,
      position: index + 1,
      kind,
      body,
    })),
  );
  const lastBlock = params.blocks.length - 1;
  await tx
    .update(micropdProgress)
    .set({ currentBlock: lastBlock })
    .where(
      and(
        eq(micropdProgress.sessionId, params.sessionId),
        isNull(micropdProgress.completedAt),
        gt(micropdProgress.currentBlock, lastBlock),
      ),
    );
}
