import type { DashboardPeople } from "@throughline/db/queries/dashboards/dashboard-people";
import type { OverviewAttentionSchool } from "@throughline/domain/admin-overview";
import type { CaseloadRow } from "@throughline/domain/caseload";
import {
  type CaseloadFlagKind,
  caseloadFlagKindSchema,
} from "@throughline/domain/rules/caseload-flags";

function noCounts(): Record<CaseloadFlagKind, number> {
  return Object.fromEntries(caseloadFlagKindSchema.options.map((kind) => [kind, 0])) as Record<
    CaseloadFlagKind,
    number
  >;
}

/**
 * The caseload's flags rolled up school by school and team by team: each flagged teacher named
 * under every team they belong to, and counted once per school for each kind of flag. Rows are
 * grouped by team once, so the work grows with the rows and teams, not their product (a district
 * of 20,000 teachers and 2,000 teams was 40 million membership checks).
 */
export function attentionBySchool(
  people: DashboardPeople,
  rows: readonly CaseloadRow[],
): OverviewAttentionSchool[] {
  const rowsByTeam = new Map<string, CaseloadRow[]>();
  for (const row of rows) {
    for (const teamId of new Set(row.teams.map((team) => team.id))) {
      const members = rowsByTeam.get(teamId);
      if (members) members.push(row);
      else rowsByTeam.set(teamId, [row]);
    }
  }
  const teamsBySchool = new Map<string, DashboardPeople["teams"]>();
  for (const team of people.teams) {
    const teams = teamsBySchool.get(team.schoolId);
    if (teams) teams.push(team);
    else teamsBySchool.set(team.schoolId, [team]);
  }
  return people.schools.map((school) => {
    const teams = teamsBySchool.get(school.id) ?? [];
    // A teacher in two of the school's teams counts once.
    const inSchool = [...new Set(teams.flatMap((team) => rowsByTeam.get(team.id) ?? []))];
    const flagCounts = noCounts();
    for (const row of inSchool) {
      for (const kind of new Set(row.flags.map((flag) => flag.kind))) flagCounts[kind] += 1;
    }
    return {
      schoolId: school.id,
      schoolName: school.name,
      flagCounts,
      flaggedTeachers: inSchool.filter((row) => row.flags.length > 0).length,
      teachers: inSchool.length,
      teams: teams.map((team) => {
        const members = rowsByTeam.get(team.id) ?? [];
        return {
          teamId: team.id,
          teamName: team.name,
          memberCount: members.length,
          flagged: members
            .filter((row) => row.flags.length > 0)
            .map((row) => ({
              personId: row.personId,
              displayName: row.displayName,
              flags: [...new Set(row.flags.map((flag) => flag.kind))],
            })),
        };
      }),
    };
  });
}
