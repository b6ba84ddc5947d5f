import type { TeamGoal, TeamGoalProgressView } from "@throughline/domain/team-goal";
import { asc, inArray } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { school, team, teamGoal } from "../../schema/index.ts";
import { groupBy } from "../shared/group-rows.ts";
import { schoolOfTeam, tenantJoin } from "../sql/same-district-joins.ts";
import { goalMeasureColumns } from "./team-goal-columns.ts";
import { progressOf, recordedMeasures } from "./team-goal-reads.ts";

/*
 * Every team's goals with their latest measure and whether they are on track: what principals
 * and the district look at, and what reports of PD impact count. Read inside the tenant
 * transaction, so a district sees only its own teams.
 */

/** A goal with its team and school, what it measures, and where it stands. */
export interface TeamGoalStatusRow
  extends Pick<
      TeamGoal,
      "measure" | "unit" | "baselineValue" | "targetValue" | "startsOn" | "targetOn"
    >,
    Pick<TeamGoalProgressView, "latestValue" | "latestOn" | "status"> {
  goalId: string;
  teamId: string;
  teamName: string;
  schoolId: string;
  schoolName: string;
}

/** Goals of the schools' teams (every school of the district when `schoolIds` is null). */
export async function teamGoalStatuses(
  tx: Transaction,
  params: { schoolIds: readonly string[] | null },
): Promise<TeamGoalStatusRow[]> {
  if (params.schoolIds !== null && params.schoolIds.length === 0) return [];
  const goals = await tx
    .select({
      goalId: teamGoal.id,
      teamId: team.id,
      teamName: team.name,
      schoolId: school.id,
      schoolName: school.name,
      ...goalMeasureColumns,
    })
    .from(teamGoal)
    .innerJoin(team, tenantJoin(team, teamGoal, teamGoal.teamId))
    .innerJoin(school, schoolOfTeam)
    .where(params.schoolIds === null ? undefined : inArray(team.schoolId, [...params.schoolIds]))
    .orderBy(asc(school.name), asc(team.name), asc(teamGoal.targetOn));
  const measures = await recordedMeasures(tx, { goalIds: goals.map((goal) => goal.goalId) });
  const measuresOf = groupBy(measures, (measure) => measure.goalId);
  return goals.map((goal) => {
    const progress = progressOf(goal, measuresOf.get(goal.goalId) ?? []);
    return {
      ...goal,
      latestValue: progress.latestValue,
      latestOn: progress.latestOn,
      status: progress.status,
    };
  });
}
