import type { StageStatus } from "@throughline/domain/rules/stage-status";
import { asc } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { stage } from "../../schema/index.ts";
import { stageOrderColumns } from "../framework/framework-columns.ts";
import { programPositionOf } from "../framework/program-order.ts";
import { loadEnrolmentProgress } from "./stage-progress.ts";

/* What the stage-order rule needs: the framework's stages and each person's status per stage. */

export interface StageInOrder {
  id: string;
  position: number;
  title: string;
  programId: string;
}

/** The district's stages, program by program, each program's first to last. */
export function listStagesInOrder(tx: Transaction): Promise<StageInOrder[]> {
  return tx
    .select(stageOrderColumns)
    .from(stage)
    .orderBy(asc(programPositionOf), asc(stage.position));
}

/**
 * Each person's status per stage they are (or were, not withdrawn) enrolled in; when they are
 * in two cohorts of one stage, complete wins. People in no stage get an empty map.
 */
export async function stageStatusesOf(
  tx: Transaction,
  params: { personIds: string[]; now: Date },
): Promise<Map<string, Map<string, StageStatus>>> {
  const byPerson = new Map<string, Map<string, StageStatus>>(
    params.personIds.map((id) => [id, new Map()]),
  );
  for (const row of await loadEnrolmentProgress(tx, params)) {
    const statuses = byPerson.get(row.personId) ?? new Map<string, StageStatus>();
    if (statuses.get(row.stage.id) !== "complete") statuses.set(row.stage.id, row.status);
    byPerson.set(row.personId, statuses);
  }
  return byPerson;
}
