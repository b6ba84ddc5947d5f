import { z } from "zod";
import type { DashboardMetrics } from "./dashboard.ts";
import { idSchema } from "./ids.ts";
import type { CaseloadFlagKind } from "./rules/caseload-flags.ts";
import type { MeetingDisplayState } from "./rules/meeting-held.ts";

/*
 * The principal's and district's overview: the first screen of the admin app, answering "what
 * needs me today". Every figure on it comes from a definition used elsewhere (the caseload's
 * flags, the dashboard's metrics, the reviewers' queue), so the two places never disagree.
 */

/** Walkthrough coverage looks back this many weeks. */
export const walkthroughCoverageWeeks = 6;

export { overviewNamedLimit } from "./admin-overview-limits.ts";

/** A district's overview ranks this many schools; the rest are on the paged list. */
export const overviewRankedSchools = 10;

/** This week's meetings and blocks: the first this many by time, the rest counted. */
export const overviewWeekLimit = 10;

/** Schools per page of the district's "needs attention" list. */
export const attentionSchoolsPageSize = 25;

export const attentionSchoolsInputSchema = z.object({
  page: z.int({ error: "The page is a whole number" }).min(1).max(100_000).default(1),
});

export const schoolOverviewInputSchema = z.object({ schoolId: idSchema });

interface OverviewPerson {
  personId: string;
  displayName: string;
}

interface OverviewFlaggedTeacher extends OverviewPerson {
  flags: CaseloadFlagKind[];
}

/** One team's teachers who carry a caseload flag. */
interface OverviewAttentionTeam {
  teamId: string;
  teamName: string;
  memberCount: number;
  flagged: OverviewFlaggedTeacher[];
}

/** One school's flags rolled up: how many of its teachers carry each kind, no names. */
export interface OverviewSchoolCounts {
  schoolId: string;
  schoolName: string;
  /** Teachers (each counted once) carrying each kind of flag. */
  flagCounts: Record<CaseloadFlagKind, number>;
  flaggedTeachers: number;
  teachers: number;
}

/** One school's share of "needs attention": the flags rolled up, and who carries them. */
export interface OverviewAttentionSchool extends OverviewSchoolCounts {
  teams: OverviewAttentionTeam[];
}

/**
 * "Needs attention" for a principal (`named`: each school they lead with its flagged teachers
 * by team) or a district (`ranked`: the schools with the most flagged teachers first, the
 * first `overviewRankedSchools` of them, and the district's totals; each school's names are on
 * that school's own page, so the answer does not grow with the district).
 */
export type OverviewAttention =
  | { kind: "named"; schools: OverviewAttentionSchool[] }
  | {
      kind: "ranked";
      ranked: OverviewSchoolCounts[];
      /** Schools in the district, and how many of them have a flagged teacher. */
      schools: number;
      schoolsFlagged: number;
      /** When the counts were made, if kept (a big district's are counted once a minute). */
      asOf: Date | null;
    };

/** One page of a district's schools, ranked as the overview ranks them. */
export interface AttentionSchoolsPage {
  schools: OverviewSchoolCounts[];
  page: number;
  pageSize: number;
  total: number;
  asOf: Date | null;
}

/** The first of a list by time, and how many there are in all. */
interface FirstOf<T> {
  first: T[];
  total: number;
}

interface OverviewMeeting {
  id: string;
  title: string;
  teamName: string;
  startsAt: Date;
  display: MeetingDisplayState;
}

interface OverviewBlock {
  teamId: string;
  teamName: string;
  /** "Tuesday 2:50–3:35 PM". */
  label: string;
}

export interface OverviewWalkthroughs {
  weeks: number;
  teachers: number;
  visited: number;
  /** Teachers without a walkthrough in the window, the first `overviewNamedLimit` by name (`teachers - visited` in all). */
  notVisited: OverviewPerson[];
}

interface OverviewCredentialQueue {
  waiting: number;
  oldestDays: number | null;
  /** The district's own limit before reviewers are reminded. */
  limitDays: number;
  overLimit: number;
}

/** The dashboard's headline figures for one level, exactly as the dashboard computes them. */
export interface OverviewFigures
  extends Pick<
    DashboardMetrics,
    | "teacherCount"
    | "completionPercent"
    | "sessionsCompleted"
    | "sessionsAssigned"
    | "meetingsHeld"
    | "meetingsScheduled"
    | "collaborationUsedMinutes"
    | "collaborationScheduledMinutes"
    | "stepsDoneWithEvidence"
    | "stepsTotal"
  > {
  level: "district" | "school";
  id: string | null;
  name: string;
  /** When the dashboard's figures were built, if they come from its kept snapshot. */
  asOf: Date | null;
}

export interface AdminOverview {
  scope: "district" | "school";
  weekStart: Date;
  weekEnd: Date;
  attention: OverviewAttention;
  /** This week's meetings, the first `overviewWeekLimit` by start. */
  meetings: FirstOf<OverviewMeeting>;
  /** The teams' weekly blocks, the first `overviewWeekLimit` by weekday and time. */
  blocks: FirstOf<OverviewBlock>;
  walkthroughs: OverviewWalkthroughs;
  credentialQueue: OverviewCredentialQueue;
  figures: OverviewFigures[];
}

/**
 * Schools in the order a district admin should look at them: most flagged teachers first, then
 * the larger share of the school flagged, then by name (and id, so the order is total and a
 * paged list never shows a school twice or skips one).
 */
export function rankSchoolsByAttention<T extends OverviewSchoolCounts>(schools: readonly T[]): T[] {
  const share = (school: T) => (school.teachers > 0 ? school.flaggedTeachers / school.teachers : 0);
  return [...schools].sort(
    (a, b) =>
      b.flaggedTeachers - a.flaggedTeachers ||
      share(b) - share(a) ||
      a.schoolName.localeCompare(b.schoolName) ||
      (a.schoolId < b.schoolId ? -1 : a.schoolId > b.schoolId ? 1 : 0),
  );
}
