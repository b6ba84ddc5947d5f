import { caseloadRowsOfTeams } from "@throughline/db/queries/caseload/caseload";
import { blocksOfTeams } from "@throughline/db/queries/collaboration/collaboration-blocks";
import { listWaitingSubmissions } from "@throughline/db/queries/credentials/credential-admin-reviewers";
import { loadReviewSettings } from "@throughline/db/queries/credentials/review-settings";
import {
  type DashboardPeople,
  type DashboardReach,
  loadDashboardPeople,
} from "@throughline/db/queries/dashboards/dashboard-people";
import { coachMeetings } from "@throughline/db/queries/meetings/meeting-lists";
import { districtTimeZone } from "@throughline/db/queries/notifications/notice-facts";
import { teachersVisitedByWalkthrough } from "@throughline/db/queries/observations/walkthroughs";
import type { AdminOverview, OverviewFigures } from "@throughline/domain/admin-overview";
import { overviewNamedLimit, walkthroughCoverageWeeks } from "@throughline/domain/admin-overview";
import { waitingDays } from "@throughline/domain/credential-review";
import { localDay, startOfLocalWeek } from "@throughline/domain/local-time";
import type { Weekday } from "@throughline/domain/rules/common-time";
import { describeSpan } from "@throughline/domain/rules/weekly-time";
import type { TenantScope } from "../../session.ts";
import { type DashboardSource, dashboardOf } from "../dashboard/kept-dashboard.ts";
import { attentionBySchool } from "./overview-attention.ts";

const DAY_MS = 86_400_000;

/** What the viewer's overview covers: the district, or each school they lead. */
function reachesOf(ctx: TenantScope): DashboardReach[] {
  const { schools } = ctx.scope;
  if (schools === "all") return [{ kind: "district" }];
  return schools.map((schoolId) => ({ kind: "school", schoolId }));
}

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

/**
 * The admin app's first screen: who needs attention, this week's meetings and blocks,
 * walkthrough coverage, the credential queue and the dashboard's headline figures. Each part
 * reuses the query and the rule that the caseload, the meetings list, the walkthroughs page, the
 * reviewers page and the implementation dashboard use, so every number is theirs.
 */
export async function buildAdminOverview(
  ctx: TenantScope,
  now: Date,
  dashboards: DashboardSource,
): Promise<AdminOverview> {
  const { tx } = ctx;
  const reaches = reachesOf(ctx);
  const scope = reaches.some((reach) => reach.kind === "district") ? "district" : "school";
  const levels: { reach: DashboardReach; people: DashboardPeople }[] = [];
  for (const reach of reaches) levels.push({ reach, people: await loadDashboardPeople(tx, reach) });
  const people = mergePeople(levels.map((level) => level.people));

  const figures: OverviewFigures[] = [];
  for (const level of levels) {
    // The dashboard's own figures, from its kept snapshot when the level is that big; the
    // levels are the viewer's own, so there is nothing more to check.
    const dashboard = await dashboardOf(
      tx,
      dashboards,
      level.reach,
      now,
      { kept: () => {}, built: () => {} },
      level.people,
    );
    const { metrics } = dashboard;
    const school = level.reach.kind === "school" ? level.people.schools[0] : undefined;
    figures.push({
      level: school ? "school" : "district",
      id: school?.id ?? null,
      name: school?.name ?? ctx.viewer.district.name,
      teacherCount: metrics.teacherCount,
      completionPercent: metrics.completionPercent,
      sessionsCompleted: metrics.sessionsCompleted,
      sessionsAssigned: metrics.sessionsAssigned,
      meetingsHeld: metrics.meetingsHeld,
      meetingsScheduled: metrics.meetingsScheduled,
      collaborationUsedMinutes: metrics.collaborationUsedMinutes,
      collaborationScheduledMinutes: metrics.collaborationScheduledMinutes,
      stepsDoneWithEvidence: metrics.stepsDoneWithEvidence,
      stepsTotal: metrics.stepsTotal,
      asOf: dashboard.asOf,
    });
  }

  const teamIds = people.teams.map((row) => row.id);
  const teacherIds = new Set(people.teachers.map((row) => row.id));
  const timeZone = await districtTimeZone(tx, ctx.districtId);
  // From Saturday on, the week that matters is the coming one.
  const comingWeek = startOfLocalWeek(new Date(now.getTime() + 7 * DAY_MS), timeZone);
  const weekend = now.getTime() >= comingWeek.getTime() - 2 * DAY_MS;
  const weekStart = weekend ? comingWeek : startOfLocalWeek(now, timeZone);
  const weekEnd = new Date(weekStart.getTime() + 7 * DAY_MS);

  const rows = await caseloadRowsOfTeams(tx, { teamIds, now });
  const week = await coachMeetings(tx, {
    teamIds,
    now,
    upcomingUntil: weekEnd,
    recentFrom: weekStart,
  });
  const blocks = await blocksOfTeams(tx, { teamIds });
  const teamName = new Map(people.teams.map((row) => [row.id, row.name]));

  // Walkthrough coverage: who had a walkthrough in the weeks the walkthroughs page covers, in
  // one statement (a district's asks for every visit rather than every teacher's id).
  const from = localDay(new Date(now.getTime() - walkthroughCoverageWeeks * 7 * DAY_MS), timeZone);
  const to = localDay(now, timeZone);
  const visited = new Set(
    await teachersVisitedByWalkthrough(tx, {
      from,
      to,
      teacherIds: scope === "district" ? "all" : [...teacherIds],
    }),
  );
  const teachers = [...new Map(people.teachers.map((row) => [row.id, row])).values()];

  // The credential queue: the reviewers page's waiting list, narrowed to a principal's teachers.
  const waiting = (await listWaitingSubmissions(tx)).filter(
    (row) => scope === "district" || teacherIds.has(row.personId),
  );
  const waits = waiting.map((row) => waitingDays(row.submittedAt, now));
  const settings = await loadReviewSettings(tx, ctx.districtId);

  return {
    scope,
    weekStart,
    weekEnd,
    attention: attentionBySchool(
      people,
      rows.filter((row) => teacherIds.has(row.personId)),
    ),
    meetings: [...week.recent, ...week.upcoming]
      .filter((row) => row.startsAt.getTime() >= weekStart.getTime())
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
      .map((row) => ({
        id: row.id,
        title: row.title,
        teamName: row.teamName,
        startsAt: row.startsAt,
        display: row.display,
      })),
    blocks: blocks.map((block) => ({
      teamId: block.teamId,
      teamName: teamName.get(block.teamId) ?? "",
      label: describeSpan({
        weekday: block.weekday as Weekday,
        start: block.startMinute,
        end: block.endMinute,
      }),
    })),
    walkthroughs: {
      weeks: walkthroughCoverageWeeks,
      teachers: teachers.length,
      visited: teachers.filter((row) => visited.has(row.id)).length,
      // Named up to the page's limit, the rest counted: a district can have thousands.
      notVisited: teachers
        .filter((row) => !visited.has(row.id))
        .slice(0, overviewNamedLimit)
        .map((row) => ({ personId: row.id, displayName: row.name })),
    },
    credentialQueue: {
      waiting: waiting.length,
      oldestDays: waits.length > 0 ? Math.max(...waits) : null,
      limitDays: settings.waitingDays,
      overLimit: waits.filter((days) => days > settings.waitingDays).length,
    },
    figures,
  };
}
