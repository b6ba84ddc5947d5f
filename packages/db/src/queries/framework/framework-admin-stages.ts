import type { CreateStageDraft, UpdateStageInput } from "@throughline/domain/framework-admin";
import type { PositionUpdate } from "@throughline/domain/rules/reorder";
import { asc, count, eq, inArray, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { actionPlan, cohort, micropdProgress, micropdSession, stage } from "../../schema/index.ts";
import { nextPosition } from "../sql/next-position.ts";

/* Writing the district's stages. Every function runs inside the request's tenant transaction. */

/** One program's stage ids in their current order. */
export async function stageIdsInOrder(
  tx: Transaction,
  params: { programId: string },
): Promise<string[]> {
  const rows = await tx
    .select({ id: stage.id })
    .from(stage)
    .where(eq(stage.programId, params.programId))
    .orderBy(asc(stage.position));
  return rows.map((row) => row.id);
}

/** Adds a stage after the last one of its program; authors move it from there. */
export async function createStage(
  tx: Transaction,
  params: CreateStageDraft & { districtId: string },
): Promise<string> {
  const [created] = await tx
    .insert(stage)
    .values({
      ...params,
      position: nextPosition(stage.position, eq(stage.programId, params.programId)),
    })
    .returning({ id: stage.id });
  if (!created) throw new Error("The stage was not added.");
  return created.id;
}

/** Changes a stage's text and completion rule; false when it is not in the district. */
export async function updateStage(tx: Transaction, params: UpdateStageInput): Promise<boolean> {
  const { stageId, ...fields } = params;
  const updated = await tx
    .update(stage)
    .set(fields)
    .where(eq(stage.id, stageId))
    .returning({ id: stage.id });
  return updated.length > 0;
}

/**
 * Gives every stage of one program its new position. `(district_id, program_id, position)` is
 * unique and checked per statement, so the positions first move out of the way (negated), then
 * take their final values. Teachers' enrolments point at stage ids, never positions, so nobody
 * moves with a reorder.
 */
export async function applyStagePositions(
  tx: Transaction,
  params: { programId: string; updates: readonly PositionUpdate[] },
): Promise<void> {
  await tx
    .update(stage)
    .set({ position: sql`-${stage.position}` })
    .where(eq(stage.programId, params.programId));
  for (const { id, position } of params.updates) {
    await tx.update(stage).set({ position }).where(eq(stage.id, id));
  }
}

/** Why a stage cannot be deleted, or null when nothing depends on it. */
export async function stageInUse(tx: Transaction, params: { stageId: string }) {
  const [cohorts] = await tx
    .select({ n: count() })
    .from(cohort)
    .where(eq(cohort.stageId, params.stageId));
  if ((cohorts?.n ?? 0) > 0) return "Cohorts work through this stage, so it cannot be deleted.";
  const [plans] = await tx
    .select({ n: count() })
    .from(actionPlan)
    .where(eq(actionPlan.stageId, params.stageId));
  if ((plans?.n ?? 0) > 0)
    return "Teachers have action plans for this stage, so it cannot be deleted.";
  const sessionIds = tx
    .select({ id: micropdSession.id })
    .from(micropdSession)
    .where(eq(micropdSession.stageId, params.stageId));
  const [progress] = await tx
    .select({ n: count() })
    .from(micropdProgress)
    .where(inArray(micropdProgress.sessionId, sessionIds));
  if ((progress?.n ?? 0) > 0) {
    return "Teachers have started sessions of this stage, so it cannot be deleted.";
  }
  return null;
}

/** Deletes an unused stage (its sessions go with it) and closes the gap it leaves in its program. */
export async function deleteStage(
  tx: Transaction,
  params: { stageId: string; programId: string },
): Promise<void> {
  await tx.delete(stage).where(eq(stage.id, params.stageId));
  const remaining = await stageIdsInOrder(tx, params);
  await applyStagePositions(tx, {
    programId: params.programId,
    updates: remaining.map((id, index) => ({ id, position: index + 1 })),
  });
}
