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
 * under every team they belong to, and counted once per school for each kind of flag.
 */
export function attentionBySchool(
  people: DashboardPeople,
  rows: readonly CaseloadRow[],
): OverviewAttentionSchool[] {
  return people.schools.map((school) => {
    const teams = people.teams.filter((row) => row.schoolId === school.id);
    const teamIds = new Set(teams.map((row) => row.id));
    const inSchool = rows.filter((row) => row.teams.some((team) => teamIds.has(team.id)));
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
        const members = rows.filter((row) => row.teams.some((entry) => entry.id === team.id));
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
