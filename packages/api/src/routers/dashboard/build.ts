import { loadDashboardFacts } from "@throughline/db/queries/dashboards/dashboard-facts";
import type {
  DashboardPeople,
  DashboardReach,
} from "@throughline/db/queries/dashboards/dashboard-people";
import type { Transaction } from "@throughline/db/tenant";
import type { Dashboard, DashboardCrumb, DashboardRow } from "@throughline/domain/dashboard";
import {
  badgesByCredential,
  collaborationByTeam,
  type DashboardFacts,
  dashboardMetrics,
  dashboardWindow,
  type MetricsScope,
} from "@throughline/domain/dashboard-metrics";

type Window = MetricsScope["window"];

function rowOf(
  facts: DashboardFacts,
  window: Window,
  entry: { id: string; name: string; level: DashboardRow["level"] },
  personIds: Iterable<string>,
  teamIds: Iterable<string>,
): DashboardRow {
  const metrics = dashboardMetrics(facts, {
    personIds: new Set(personIds),
    teamIds: new Set(teamIds),
    window,
    // A teacher's row shows her own meetings, as her own level does.
    meetingsCount: entry.level === "teacher" ? "attended" : "held",
  });
  return {
    ...entry,
    teacherCount: metrics.teacherCount,
    sessionsCompleted: metrics.sessionsCompleted,
    sessionsAssigned: metrics.sessionsAssigned,
    completionPercent: metrics.completionPercent,
    pace: metrics.pace,
    medianWaitDays: metrics.medianWaitDays,
    meetingsCount: metrics.meetingsCount,
    meetingsHeld: metrics.meetingsHeld,
    meetingsScheduled: metrics.meetingsScheduled,
    stepsDoneWithEvidence: metrics.stepsDoneWithEvidence,
    stepsTotal: metrics.stepsTotal,
    badgesEarned: metrics.badgesEarned,
    medianPdHours: metrics.medianPdHours,
  };
}

/**
 * One level of the implementation dashboard: load who it covers, load their facts once, then
 * compute the level's figures and each next-level row's figures from the same facts.
 * `people` comes from `loadDashboardPeople`, after the caller checked access.
 */
export async function buildDashboard(
  tx: Transaction,
  params: { reach: DashboardReach; people: DashboardPeople; districtName: string; now: Date },
): Promise<Dashboard> {
  const { reach, people } = params;
  const window = dashboardWindow(params.now);
  const personIds = new Set(people.teachers.map((row) => row.id));
  const teamIds = new Set(people.teams.map((row) => row.id));
  // The facts queries select the same teachers and teams as the people query, in SQL.
  const facts = await loadDashboardFacts(tx, {
    reach,
    from: window.from,
    to: window.to,
    paceFrom: window.paceFrom,
    schoolYear: window.schoolYear,
  });
  const scope: MetricsScope = {
    personIds,
    teamIds,
    window,
    meetingsCount: reach.kind === "teacher" ? "attended" : "held",
  };
  // Grouped once, so each row reads only its own people (a district has 400 schools).
  const membersByTeam = groupIds(
    people.teamMembers.filter((row) => personIds.has(row.personId)),
    (row) => row.teamId,
    (row) => row.personId,
  );
  const teachersBySchool = groupIds(
    people.teachers,
    (row) => row.schoolId,
    (row) => row.id,
  );
  const teamsBySchool = groupIds(
    people.teams,
    (row) => row.schoolId,
    (row) => row.id,
  );

  const rows: DashboardRow[] =
    reach.kind === "district"
      ? people.schools.map((school) =>
          rowOf(
            facts,
            window,
            { id: school.id, name: school.name, level: "school" },
            teachersBySchool.get(school.id) ?? [],
            teamsBySchool.get(school.id) ?? [],
          ),
        )
      : reach.kind === "school"
        ? people.teams.map((team) =>
            rowOf(
              facts,
              window,
              { id: team.id, name: team.name, level: "team" },
              membersByTeam.get(team.id) ?? [],
              [team.id],
            ),
          )
        : reach.kind === "team"
          ? uniqueTeachers(people.teachers).map((teacher) =>
              rowOf(
                facts,
                window,
                { id: teacher.id, name: teacher.name, level: "teacher" },
                [teacher.id],
                [reach.teamId],
              ),
            )
          : [];

  return {
    level: reach.kind,
    trail: trailOf(reach, people, params.districtName),
    window: { from: window.from, to: window.to, label: window.label, weeks: window.weeks },
    metrics: dashboardMetrics(facts, scope),
    collaboration: collaborationByTeam(facts, people.teams, window.weeks),
    rows,
    asOf: null,
    badgesByCredential: badgesByCredential(facts, personIds),
  };
}

/** Ids grouped by a key, in the order the rows came (rows without a key are left out). */
function groupIds<T>(
  rows: readonly T[],
  keyOf: (row: T) => string | null,
  idOf: (row: T) => string,
): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) continue;
    const ids = groups.get(key);
    if (ids) ids.push(idOf(row));
    else groups.set(key, [idOf(row)]);
  }
  return groups;
}

/** A teacher with roles at two schools comes back twice from the people query. */
function uniqueTeachers<T extends { id: string }>(teachers: readonly T[]): T[] {
  return [...new Map(teachers.map((row) => [row.id, row])).values()];
}

function trailOf(
  reach: DashboardReach,
  people: DashboardPeople,
  districtName: string,
): DashboardCrumb[] {
  const trail: DashboardCrumb[] = [{ level: "district", id: null, name: districtName }];
  if (reach.kind === "district") return trail;
  const team =
    reach.kind === "team" ? people.teams.find((row) => row.id === reach.teamId) : people.teams[0];
  const schoolId =
    reach.kind === "school"
      ? reach.schoolId
      : (team?.schoolId ?? people.teachers.find((row) => row.schoolId)?.schoolId ?? null);
  const school = people.schools.find((row) => row.id === schoolId);
  if (school) trail.push({ level: "school", id: school.id, name: school.name });
  if (reach.kind === "school") return trail;
  if (team) trail.push({ level: "team", id: team.id, name: team.name });
  if (reach.kind === "teacher") {
    const teacher = people.teachers.find((row) => row.id === reach.personId);
    if (teacher) trail.push({ level: "teacher", id: teacher.id, name: teacher.name });
  }
  return trail;
}
