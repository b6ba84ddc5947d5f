import type { CoachHome } from "@throughline/domain/home";
import type { Transaction } from "../../client.ts";
import { buildCaseloadRows } from "../caseload/caseload-rows.ts";
import { loadTeamsWithMembers, teamVisibleTo } from "../caseload/coached-teams.ts";

/**
 * A coach's caseload: the teams they facilitate, and the teams of teachers in cohorts they
 * coach, each member with their current stage (the highest one they are enrolled in) and
 * progress. Read by the caseload's own statements (its teams with their members, then each
 * teacher's facts from the kept `enrolment_progress_summary`), so the home and the caseload
 * list the same teams and people with the same figures, however many teams and members.
 */
export async function getCoachHome(
  tx: Transaction,
  params: { personId: string; now?: Date },
): Promise<CoachHome> {
  const { teams, members } = await loadTeamsWithMembers(tx, {
    where: teamVisibleTo(params.personId),
    byName: true,
  });
  const rows = await buildCaseloadRows(tx, teams, members, params.now ?? new Date());
  const rowOf = new Map(rows.map((row) => [row.personId, row]));

  return {
    teams: teams.map((row) => ({
      ...row,
      members: members
        .filter((member) => member.teamId === row.id)
        .map((member) => {
          const progress = rowOf.get(member.personId);
          return {
            personId: member.personId,
            displayName: member.displayName,
            stageTitle: progress?.stage?.title ?? null,
            stagePosition: progress?.stage?.position ?? null,
            status: progress?.status ?? null,
            sessionsCompleted: progress?.sessionsCompleted ?? 0,
            sessionsTotal: progress?.sessionsTotal ?? 0,
          };
        }),
    })),
  };
}
