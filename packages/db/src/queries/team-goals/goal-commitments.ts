import type { TeamGoalCommitment } from "@throughline/domain/team-goal";
import { asc, inArray, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { actionPlan, actionStep, person } from "../../schema/index.ts";
import { planOfStep, teacherOfPlan } from "../sql/same-district-joins.ts";

/*
 * The commitments tied to team goals (action steps with team_goal_id), with what the caller
 * needs to decide, by the action-plan rule (plan-readers' plansReadableBy), which the viewer
 * may read: the plan, its owner and whether the owner shared it with the team.
 */

export interface GoalCommitmentRow extends TeamGoalCommitment {
  goalId: string;
  ownerId: string;
  sharedWithTeam: boolean;
}

/** Every commitment tied to the goals, soonest due first (undated last). */
export async function commitmentsOfGoals(
  tx: Transaction,
  params: { goalIds: readonly string[] },
): Promise<GoalCommitmentRow[]> {
  if (params.goalIds.length === 0) return [];
  return tx
    .select({
      goalId: sql<string>`${actionStep.teamGoalId}`,
      id: actionStep.id,
      planId: actionPlan.id,
      ownerId: actionPlan.personId,
      ownerName: person.displayName,
      sharedWithTeam: actionPlan.sharedWithTeam,
      description: actionStep.description,
      status: actionStep.status,
      dueOn: actionStep.dueOn,
    })
    .from(actionStep)
    .innerJoin(actionPlan, planOfStep)
    .innerJoin(person, teacherOfPlan)
    .where(inArray(actionStep.teamGoalId, [...params.goalIds]))
    .orderBy(sql`${actionStep.dueOn} asc nulls last`, asc(person.displayName), asc(actionStep.id));
}
