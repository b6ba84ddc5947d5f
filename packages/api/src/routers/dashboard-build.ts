import { loadDashboardFacts } from "@throughline/db/queries/dashboard-facts";
import type { DashboardPeople, DashboardReach } from "@throughline/db/queries/dashboard-people";
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
  const facts = await loadDashboardFacts(tx, {
    personIds: [...personIds],
    teamIds: [...teamIds],
    from: window.from,
    to: window.to,
    schoolYear: window.schoolYear,
  });
  const scope: MetricsScope = {
    personIds,
    teamIds,
    window,
    meetingsCount: reach.kind === "teacher" ? "attended" : "held",
  };
  const membersOf = (teamId: string) =>
    people.teamMembers
      .filter((row) => row.teamId === teamId && personIds.has(row.personId))
      .map((row) => row.personId);

  const rows: DashboardRow[] =
    reach.kind === "district"
      ? people.schools.map((school) =>
          rowOf(
            facts,
            window,
            { id: school.id, name: school.name, level: "school" },
            people.teachers.filter((row) => row.schoolId === school.id).map((row) => row.id),
            people.teams.filter((row) => row.schoolId === school.id).map((row) => row.id),
          ),
        )
      : reach.kind === "school"
        ? people.teams.map((team) =>
            rowOf(
              facts,
              window,
              { id: team.id, name: team.name, level: "team" },
              membersOf(team.id),
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
    badgesByCredential: badgesByCredential(facts, personIds),
  };
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
