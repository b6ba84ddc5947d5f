import { asc, count, eq } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/pg-core";
import type { Transaction } from "../../client.ts";
import { micropdSession, stage } from "../../schema/index.ts";
import { sessionsOfStage } from "../sql/same-district-joins.ts";
import { sessionColumns, stageColumns } from "./framework-columns.ts";
import { programPositionOf } from "./program-order.ts";

export interface StageListItem {
  id: string;
  position: number;
  title: string;
  summary: string;
  meetingsRequired: number;
  requiresConfirmation: boolean;
  sessionCount: number;
}

/**
 * The district's stages in order (program by program), each with `columns` and how many MicroPD sessions it holds:
 * the stage list teachers see and the framework editor's.
 */
export function stagesWithSessionCount<S extends SelectedFields>(tx: Transaction, columns: S) {
  return tx
    .select({ ...columns, sessionCount: count(micropdSession.id) })
    .from(stage)
    .leftJoin(micropdSession, sessionsOfStage)
    .groupBy(stage.districtId, stage.id)
    .orderBy(asc(programPositionOf), asc(stage.position));
}

/** The district's stages in order, with how many MicroPD sessions each holds. */
export async function listStages(tx: Transaction): Promise<StageListItem[]> {
  return stagesWithSessionCount(tx, stageColumns);
}

export interface StageDetail extends Omit<StageListItem, "sessionCount"> {
  sessions: {
    id: string;
    position: number;
    title: string;
    summary: string;
    estimatedMinutes: number;
    reflectionPrompts: string[];
  }[];
}

/** One stage of the district with its completion rule; null when it is not in the district. */
export async function findStage(tx: Transaction, params: { stageId: string }) {
  const [found] = await tx
    .select(stageColumns)
    .from(stage)
    .where(eq(stage.id, params.stageId))
    .limit(1);
  return found ?? null;
}

/** One stage with its ordered MicroPD sessions; null when it is not in the district. */
export async function getStage(
  tx: Transaction,
  params: { stageId: string },
): Promise<StageDetail | null> {
  const found = await findStage(tx, params);
  if (!found) return null;
  const sessions = await tx
    .select({
      ...sessionColumns,
      reflectionPrompts: micropdSession.reflectionPrompts,
    })
    .from(micropdSession)
    .where(eq(micropdSession.stageId, found.id))
    .orderBy(asc(micropdSession.position));
  return { ...found, sessions };
}
