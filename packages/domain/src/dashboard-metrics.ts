import {
  type CredentialBadges,
  type DashboardMetrics,
  type DashboardWindow,
  type FunnelStage,
  type MeetingsCount,
  PACE_WEEKS,
  PD_HOUR_EDGES,
  type TeamCollaboration,
} from "./dashboard.ts";
import { factsIndex, personFacts, rowsOfPeople, rowsOfTeams } from "./dashboard-facts-index.ts";
import { programFigures } from "./dashboard-programs.ts";
import {
  distribution,
  median,
  medianOfCounts,
  percent,
  type StageState,
  stageFunnel,
} from "./rules/implementation-metrics.ts";
import { schoolYearFor, schoolYearStartMonth } from "./rules/school-year.ts";
import type { StageStatus } from "./rules/stage-status.ts";

/*
 * From the facts the database loads for a set of teachers and teams to the dashboard's figures,
 * using the pure rules. The definitions are written once, in `dashboard.ts`.
 */

const DAY_MS = 86_400_000;

/**
 * The current school year so far: from 1 August (UTC) to `now`. Pace counts sessions completed
 * after `paceFrom` (PACE_WEEKS weeks before `now`) up to `now`.
 */
export function dashboardWindow(
  now: Date,
): DashboardWindow & { schoolYear: string; paceFrom: Date } {
  const schoolYear = schoolYearFor(now);
  const from = new Date(Date.UTC(Number(schoolYear.slice(0, 4)), schoolYearStartMonth - 1, 1));
  const weeks = Math.max(1, Math.ceil((now.getTime() - from.getTime()) / (7 * DAY_MS)));
  const paceFrom = new Date(now.getTime() - PACE_WEEKS * 7 * DAY_MS);
  return { from, to: now, label: `${schoolYear} school year so far`, weeks, schoolYear, paceFrom };
}

/** Everything loaded for one dashboard level; each metric is then a filter and a sum. */
export interface DashboardFacts {
  stages: {
    id: string;
    position: number;
    title: string;
    /** The stage's program and its title (stages come in program order, then position). */
    programId?: string;
    programTitle?: string;
  }[];
  enrolments: {
    personId: string;
    stageId: string;
    status: StageStatus;
    workshopAttended: boolean;
    sessionsTotal: number;
    sessionsCompleted: number;
  }[];
  /**
   * MicroPD progress summed up per teacher in SQL (one row per teacher who opened a session),
   * so a district's half a million progress rows never reach the server.
   */
  sessionSummaries: {
    personId: string;
    /** The stages she opened a session of (the funnel's "began"). */
    openedStageIds: string[];
    /** Sessions completed after the window's `paceFrom`, up to its end. */
    recentCompleted: number;
    /** Minutes of sessions completed in the window (credited, else the session's estimate). */
    windowMinutes: number;
    /** Her waits between sessions (rule `waitsBetweenSessions`) as [whole days, how many]. */
    waits: [days: number, count: number][];
  }[];
  steps: { personId: string; total: number; doneWithEvidence: number }[];
  /** Workshop minutes attended in the window's school year, per teacher. */
  workshopMinutes: { personId: string; minutes: number }[];
  /** Minutes of closed meetings attended in the window, per teacher. */
  meetingMinutes: { personId: string; minutes: number }[];
  /** Minutes of approved PD taken elsewhere whose last day is in the window, per teacher. */
  externalMinutes: { personId: string; minutes: number }[];
  teamMeetings: { teamId: string; held: number; scheduled: number }[];
  /**
   * Per teacher, closed meetings in the window of a team she belongs to or where her attendance
   * was taken (held), and those she was present at (attended).
   */
  teacherMeetings: { personId: string; held: number; attended: number }[];
  teamBlocks: { teamId: string; weeklyMinutes: number }[];
  teamBlockUse: { teamId: string; usedMinutes: number }[];
  /** Badges that stand (not revoked), all time. */
  badges: { personId: string; credentialId: string; credentialName: string }[];
}

export interface MetricsScope {
  personIds: ReadonlySet<string>;
  teamIds: ReadonlySet<string>;
  /** "attended" for one teacher's figures, wherever they show; "held" for teams. */
  meetingsCount: MeetingsCount;
  window: { from: Date; to: Date; weeks: number };
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const roundTo = (value: number, places: number) => {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
};

/** Funnel state of one enrolment (see the definitions). */
function funnelState(
  enrolment: DashboardFacts["enrolments"][number],
  opened: ReadonlySet<string>,
): StageState {
  if (enrolment.status === "complete") return "complete";
  const began = opened.has(`${enrolment.personId}:${enrolment.stageId}`);
  return began || enrolment.workshopAttended ? "in_progress" : "enrolled";
}

/** PD minutes per teacher in the window, every teacher in scope listed (zero when none). */
function pdMinutesByTeacher(facts: DashboardFacts, scope: MetricsScope) {
  const index = factsIndex(facts);
  const minutes = new Map<string, number>();
  for (const personId of scope.personIds) {
    const mine = personFacts(index, personId);
    let total = 0;
    for (const row of mine.workshopMinutes) total += row.minutes;
    for (const row of mine.meetingMinutes) total += row.minutes;
    for (const row of mine.externalMinutes) total += row.minutes;
    for (const row of mine.sessionSummaries) total += row.windowMinutes;
    minutes.set(personId, total);
  }
  return minutes;
}

export function collaborationByTeam(
  facts: DashboardFacts,
  teams: readonly { id: string; name: string }[],
  weeks: number,
): TeamCollaboration[] {
  const index = factsIndex(facts);
  return teams.map((team) => ({
    teamId: team.id,
    teamName: team.name,
    usedMinutes: sum(rowsOfTeams(index, [team.id], "teamBlockUse").map((row) => row.usedMinutes)),
    scheduledMinutes:
      weeks * sum(rowsOfTeams(index, [team.id], "teamBlocks").map((row) => row.weeklyMinutes)),
  }));
}

/**
 * The support-meeting figure of a scope, one definition for every level: a set of teams counts
 * its meetings held of scheduled; one teacher counts the meetings she attended of those held.
 */
function supportMeetingsFigure(
  facts: DashboardFacts,
  scope: Pick<MetricsScope, "personIds" | "teamIds" | "meetingsCount">,
): { meetingsCount: MeetingsCount; meetingsHeld: number; meetingsScheduled: number } {
  const index = factsIndex(facts);
  if (scope.meetingsCount === "attended") {
    const rows = rowsOfPeople(index, scope.personIds, "teacherMeetings");
    return {
      meetingsCount: "attended",
      meetingsHeld: sum(rows.map((row) => row.attended)),
      meetingsScheduled: sum(rows.map((row) => row.held)),
    };
  }
  const rows = rowsOfTeams(index, scope.teamIds, "teamMeetings");
  return {
    meetingsCount: "held",
    meetingsHeld: sum(rows.map((row) => row.held)),
    meetingsScheduled: sum(rows.map((row) => row.scheduled)),
  };
}

/** Badges earned by the teachers in scope, per credential, most first. */
export function badgesByCredential(
  facts: DashboardFacts,
  personIds: ReadonlySet<string>,
): CredentialBadges[] {
  const counts = new Map<string, CredentialBadges>();
  for (const badge of rowsOfPeople(factsIndex(facts), personIds, "badges")) {
    const before = counts.get(badge.credentialId);
    counts.set(badge.credentialId, {
      credentialId: badge.credentialId,
      name: before?.name ?? badge.credentialName,
      badgesEarned: (before?.badgesEarned ?? 0) + 1,
    });
  }
  return [...counts.values()].sort(
    (a, b) => b.badgesEarned - a.badgesEarned || a.name.localeCompare(b.name),
  );
}

/** The dashboard's figures for the teachers and teams in `scope`. */
export function dashboardMetrics(facts: DashboardFacts, scope: MetricsScope): DashboardMetrics {
  // Every list below is gathered through the index: the rows of the people in scope only.
  const index = factsIndex(facts);
  const enrolments = rowsOfPeople(index, scope.personIds, "enrolments");
  const sessions = rowsOfPeople(index, scope.personIds, "sessionSummaries");
  const opened = new Set(
    sessions.flatMap((row) => row.openedStageIds.map((stageId) => `${row.personId}:${stageId}`)),
  );
  const funnelRows = stageFunnel(
    facts.stages.map((stage) => stage.id),
    enrolments.map((row) => ({ stageId: row.stageId, state: funnelState(row, opened) })),
  );
  const funnel: FunnelStage[] = funnelRows.map((row) => {
    const stage = index.stages.get(row.stageId);
    return {
      ...row,
      position: stage?.position ?? 0,
      title: stage?.title ?? "",
      programId: stage?.programId ?? null,
      programTitle: stage?.programTitle ?? null,
    };
  });

  const sessionsCompleted = sum(enrolments.map((row) => row.sessionsCompleted));
  const sessionsAssigned = sum(enrolments.map((row) => row.sessionsTotal));
  const recent = sum(sessions.map((row) => row.recentCompleted));
  const teacherCount = scope.personIds.size;
  const pace = teacherCount === 0 ? 0 : roundTo(recent / teacherCount / PACE_WEEKS, 2);
  // Pooled over the teachers: every teacher's waits, as counts per day.
  const waits = sessions.flatMap((row) => row.waits);

  const steps = rowsOfPeople(index, scope.personIds, "steps");
  const hours = [...pdMinutesByTeacher(facts, scope).values()].map((minutes) => minutes / 60);
  const medianHours = median(hours);
  const teams = [...scope.teamIds].map((id) => ({ id, name: "" }));
  const collaboration = collaborationByTeam(facts, teams, scope.window.weeks);

  return {
    teacherCount,
    funnel,
    programs: programFigures(facts.stages, enrolments),
    sessionsCompleted,
    sessionsAssigned,
    completionPercent: percent(sessionsCompleted, sessionsAssigned),
    pace,
    medianWaitDays: medianOfCounts(waits),
    ...supportMeetingsFigure(facts, scope),
    collaborationUsedMinutes: sum(collaboration.map((row) => row.usedMinutes)),
    collaborationScheduledMinutes: sum(collaboration.map((row) => row.scheduledMinutes)),
    stepsDoneWithEvidence: sum(steps.map((row) => row.doneWithEvidence)),
    stepsTotal: sum(steps.map((row) => row.total)),
    badgesEarned: rowsOfPeople(index, scope.personIds, "badges").length,
    medianPdHours: medianHours === null ? null : roundTo(medianHours, 1),
    pdHoursDistribution: distribution(
      hours.map((value) => Math.floor(value)),
      PD_HOUR_EDGES,
    ),
  };
}
