import { count, eq, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { actionPlan, actionStep } from "../../schema/index.ts";
import { tenantChildJoin } from "../sql/same-district-joins.ts";

/** How far one of the mentee's action plans is: its steps done and in all. */
interface PlanStepCounts {
  stageId: string;
  done: number;
  total: number;
}

/**
 * A mentee's action plans as their mentor sees them: step counts per stage, never the goal or
 * the steps' words (a mentor is not the teacher's coach; the plan's content stays with them).
 */
export async function planStepCountsOf(
  tx: Transaction,
  menteeId: string,
): Promise<PlanStepCounts[]> {
  return tx
    .select({
      stageId: actionPlan.stageId,
      done: sql<number>`(count(*) filter (where ${actionStep.status} = 'done'))::int`,
      total: count(actionStep.id),
    })
    .from(actionPlan)
    .leftJoin(actionStep, tenantChildJoin(actionStep, actionStep.planId, actionPlan))
    .where(eq(actionPlan.personId, menteeId))
    .groupBy(actionPlan.stageId);
}
