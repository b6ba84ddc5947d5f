import { caseloadRowsOfTeams } from "@throughline/db/queries/caseload/caseload";
import {
  type DashboardPeople,
  type DashboardReach,
  loadDashboardPeople,
} from "@throughline/db/queries/dashboards/dashboard-people";
import { teachersVisitedByWalkthrough } from "@throughline/db/queries/observations/walkthroughs";
import type {
  OverviewAttentionSchool,
  OverviewFigures,
  OverviewWalkthroughs,
} from "@throughline/domain/admin-overview";
import { overviewNamedLimit } from "@throughline/domain/admin-overview";
import type { TenantScope } from "../../session.ts";
import { type DashboardSource, dashboardOf } from "../dashboard/kept-dashboard.ts";
import { attentionBySchool } from "./overview-attention.ts";
import { figuresOf } from "./overview-figures.ts";

/** Everyone the reaches cover, each school, team and teacher once. */
function mergePeople(all: readonly DashboardPeople[]): DashboardPeople {
  const unique = <T>(rows: T[], key: (row: T) => string) => [
    ...new Map(rows.map((row) => [key(row), row])).values(),
  ];
  return {
    schools: unique(
      all.flatMap((people) => people.schools),
      (row) => row.id,
    ),
    teams: unique(
      all.flatMap((people) => people.teams),
      (row) => row.id,
    ),
    teachers: unique(
      all.flatMap((people) => people.teachers),
      (row) => `${row.id}:${row.schoolId}`,
    ),
    teamMembers: unique(
      all.flatMap((people) => people.teamMembers),
      (row) => `${row.teamId}:${row.personId}`,
    ),
  };
}

/** A few schools' parts of the overview: their people are few enough to name. */
interface SchoolsParts {
  figures: OverviewFigures[];
  schools: OverviewAttentionSchool[];
  walkthroughs: Omit<OverviewWalkthroughs, "weeks">;
  teacherIds: Set<string>;
}

/**
 * The overview of the schools a principal leads (or one school a district admin opens): each
 * school's dashboard figures, its flagged teachers named team by team (the caseload's rows of
 * its teams, rolled up by `attentionBySchool`) and the teachers without a walkthrough.
 */
export async function schoolsParts(
  ctx: TenantScope,
  schoolIds: readonly string[],
  now: Date,
  dashboards: DashboardSource,
  walkthroughDays: { from: string; to: string },
): Promise<SchoolsParts> {
  const { tx } = ctx;
  const levels: { reach: DashboardReach; people: DashboardPeople }[] = [];
  for (const schoolId of schoolIds) {
    const reach: DashboardReach = { kind: "school", schoolId };
    levels.push({ reach, people: await loadDashboardPeople(tx, reach) });
  }
  const people = mergePeople(levels.map((level) => level.people));

  const figures: OverviewFigures[] = [];
  for (const level of levels) {
    // The dashboard's own figures, from its kept snapshot when the school is that big; the
    // schools are the viewer's own (checked by the caller), so there is nothing more to check.
    const dashboard = await dashboardOf(
      tx,
      dashboards,
      level.reach,
      now,
      { kept: () => {}, built: () => {} },
      level.people,
    );
    const [school] = level.people.schools;
    figures.push(
      figuresOf(dashboard, { level: "school", id: school?.id ?? null, name: school?.name ?? "" }),
    );
  }

  const teacherIds = new Set(people.teachers.map((row) => row.id));
  const rows = await caseloadRowsOfTeams(tx, { teamIds: people.teams.map((row) => row.id), now });
  const visited = new Set(
    await teachersVisitedByWalkthrough(tx, { ...walkthroughDays, teacherIds: [...teacherIds] }),
  );
  const teachers = [...new Map(people.teachers.map((row) => [row.id, row])).values()];
  return {
    figures,
    schools: attentionBySchool(
      people,
      rows.filter((row) => teacherIds.has(row.personId)),
    ),
    walkthroughs: {
      teachers: teachers.length,
      visited: teachers.filter((row) => visited.has(row.id)).length,
      // Named up to the page's limit, the rest counted.
      notVisited: teachers
        .filter((row) => !visited.has(row.id))
        .slice(0, overviewNamedLimit)
        .map((row) => ({ personId: row.id, displayName: row.name })),
    },
    teacherIds,
  };
}
