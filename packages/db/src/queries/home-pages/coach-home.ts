import type { CoachHome } from "@throughline/domain/home";
import { asc } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { school, team } from "../../schema/index.ts";
import { loadCoachedTeamMembers, selectTeams, teamVisibleTo } from "../caseload/coached-teams.ts";
import { currentEnrolment, loadEnrolmentProgress } from "../enrolments/stage-progress.ts";

/**
 * A coach's caseload: the teams they facilitate, and the teams of teachers in cohorts they
 * coach, each member with their current stage (the highest one they are enrolled in) and
 * progress. Three queries, however many teams and members.
 */
export async function getCoachHome(
  tx: Transaction,
  params: { personId: string; now?: Date },
): Promise<CoachHome> {
  const teams = await selectTeams(tx)
    .where(teamVisibleTo(params.personId))
    .orderBy(asc(school.name), asc(team.name));
  if (teams.length === 0) return { teams: [] };

  const members = await loadCoachedTeamMembers(
    tx,
    teams.map((row) => row.id),
  );

  const progress = await loadEnrolmentProgress(tx, {
    personIds: [...new Set(members.map((member) => member.personId))],
    now: params.now ?? new Date(),
  });

  return {
    teams: teams.map((row) => ({
      ...row,
      members: members
        .filter((member) => member.teamId === row.id)
        .map((member) => {
          const current = currentEnrolment(progress, member.personId);
          return {
            personId: member.personId,
            displayName: member.displayName,
            stageTitle: current?.stage.title ?? null,
            stagePosition: current?.stage.position ?? null,
            status: current?.status ?? null,
            sessionsCompleted: current?.sessionsCompleted ?? 0,
            sessionsTotal: current?.sessionsTotal ?? 0,
          };
        }),
    })),
  };
}
