import { goalProgress } from "@throughline/domain/rules/team-goal-progress";
import type {
  TeamGoal,
  TeamGoalCheckpoint,
  TeamGoalProgressView,
} from "@throughline/domain/team-goal";
import { and, asc, eq, inArray, isNotNull, or, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  micropdSession,
  person,
  team,
  teamGoal,
  teamGoalCheckpoint,
  teamGoalIndicator,
  teamGoalSession,
  teamGoalWorkSample,
  teamMember,
} from "../../schema/index.ts";
import { indicatorsOfOwners, sessionsOfOwners } from "../framework/framework-of-owners.ts";
import { groupBy } from "../shared/group-rows.ts";
import { listedFileFields } from "../shared/stored-file.ts";
import { checkpointOfWorkSample, tenantJoin } from "../sql/same-district-joins.ts";
import { goalMeasureColumns } from "./team-goal-columns.ts";

/*
 * A team's goals as every screen shows them: the plan, its indicators and sessions, each
 * checkpoint with its measure and work samples, and where the team stands (the domain's rule).
 */

interface GoalPlanRow {
  baselineValue: number;
  targetValue: number;
  startsOn: string;
  targetOn: string;
}

/** Where a goal stands from its recorded checkpoints. */
export function progressOf(
  plan: GoalPlanRow,
  recorded: readonly { plannedOn: string; measureValue: number | null }[],
): TeamGoalProgressView {
  const measurements = recorded.flatMap((checkpoint) =>
    checkpoint.measureValue === null
      ? []
      : [{ on: checkpoint.plannedOn, value: checkpoint.measureValue }],
  );
  const progress = goalProgress(plan, measurements);
  return {
    status: progress.status,
    latestValue: progress.latest?.value ?? null,
    latestOn: progress.latest?.on ?? null,
    expectedValue: progress.expected,
  };
}

/** Every goal of the teams, newest target last, with everything the team page shows. */
export async function goalsOfTeams(
  tx: Transaction,
  params: { teamIds: readonly string[] },
): Promise<TeamGoal[]> {
  if (params.teamIds.length === 0) return [];
  const goals = await tx
    .select({
      id: teamGoal.id,
      teamId: teamGoal.teamId,
      problem: teamGoal.problem,
      ...goalMeasureColumns,
    })
    .from(teamGoal)
    .where(inArray(teamGoal.teamId, [...params.teamIds]))
    .orderBy(asc(teamGoal.targetOn), asc(teamGoal.createdAt));
  if (goals.length === 0) return [];
  const goalIds = goals.map((goal) => goal.id);
  const indicators = await indicatorsOfOwners(
    tx,
    teamGoalIndicator,
    teamGoalIndicator.goalId,
    goalIds,
  );
  const sessions = await sessionsOfOwners(
    tx,
    teamGoalSession,
    teamGoalSession.goalId,
    goalIds,
    micropdSession.title,
  );
  const checkpoints = await tx
    .select({
      goalId: teamGoalCheckpoint.goalId,
      id: teamGoalCheckpoint.id,
      plannedOn: teamGoalCheckpoint.plannedOn,
      measureValue: teamGoalCheckpoint.measureValue,
      classResults: teamGoalCheckpoint.classResults,
      note: teamGoalCheckpoint.note,
      recordedByName: person.displayName,
      recordedAt: teamGoalCheckpoint.recordedAt,
    })
    .from(teamGoalCheckpoint)
    .leftJoin(person, tenantJoin(person, teamGoalCheckpoint, teamGoalCheckpoint.recordedById))
    .where(inArray(teamGoalCheckpoint.goalId, goalIds))
    .orderBy(asc(teamGoalCheckpoint.plannedOn));
  const samples = await tx
    .select({
      checkpointId: teamGoalWorkSample.checkpointId,
      id: teamGoalWorkSample.id,
      ...listedFileFields(teamGoalWorkSample),
      description: teamGoalWorkSample.description,
    })
    .from(teamGoalWorkSample)
    .innerJoin(teamGoalCheckpoint, checkpointOfWorkSample)
    .where(inArray(teamGoalCheckpoint.goalId, goalIds))
    .orderBy(asc(teamGoalWorkSample.createdAt));

  const indicatorsOf = groupBy(indicators, (row) => row.ownerId);
  const sessionsOf = groupBy(sessions, (row) => row.ownerId);
  const checkpointsOf = groupBy(checkpoints, (row) => row.goalId);
  const samplesOf = groupBy(samples, (row) => row.checkpointId);
  return goals.map((goal) => {
    const goalCheckpoints: TeamGoalCheckpoint[] = (checkpointsOf.get(goal.id) ?? []).map(
      ({ goalId: _, ...checkpoint }) => ({
        ...checkpoint,
        workSamples: (samplesOf.get(checkpoint.id) ?? []).map(
          ({ checkpointId: __, ...sample }) => sample,
        ),
      }),
    );
    return {
      ...goal,
      indicators: (indicatorsOf.get(goal.id) ?? []).map(({ id, code, title }) => ({
        id,
        code,
        name: title,
      })),
      sessions: (sessionsOf.get(goal.id) ?? []).map(({ id, title }) => ({ id, title })),
      checkpoints: goalCheckpoints,
      progress: progressOf(goal, goalCheckpoints),
    };
  });
}

/** The recorded measures of the goals (for overviews that need no samples or links). */
export async function recordedMeasures(tx: Transaction, params: { goalIds: readonly string[] }) {
  if (params.goalIds.length === 0) return [];
  return tx
    .select({
      goalId: teamGoalCheckpoint.goalId,
      plannedOn: teamGoalCheckpoint.plannedOn,
      measureValue: teamGoalCheckpoint.measureValue,
    })
    .from(teamGoalCheckpoint)
    .where(
      and(
        inArray(teamGoalCheckpoint.goalId, [...params.goalIds]),
        isNotNull(teamGoalCheckpoint.measureValue),
      ),
    );
}

/** The teams the person is a member or the facilitator of that have a goal, by name. */
export async function teamsWithGoalsOf(tx: Transaction, params: { personId: string }) {
  const memberOf = sql`select ${teamMember.teamId} from ${teamMember}
    where ${teamMember.personId} = ${params.personId}`;
  return tx
    .select({ id: team.id, name: team.name })
    .from(team)
    .where(
      and(
        or(eq(team.facilitatorId, params.personId), sql`${team.id} in (${memberOf})`),
        sql`exists (select 1 from ${teamGoal} where ${teamGoal.districtId} = ${team.districtId}
          and ${teamGoal.teamId} = ${team.id})`,
      ),
    )
    .orderBy(asc(team.name));
}
