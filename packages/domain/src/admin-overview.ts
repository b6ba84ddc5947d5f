import type { CaseloadFlagKind } from "./rules/caseload-flags.ts";
import type { MeetingDisplayState } from "./rules/meeting-held.ts";

/*
 * The principal's and district's overview: the first screen of the admin app, answering "what
 * needs me today". Every figure on it comes from a definition used elsewhere (the caseload's
 * flags, the dashboard's metrics, the reviewers' queue), so the two places never disagree.
 */

/** Walkthrough coverage looks back this many weeks. */
export const walkthroughCoverageWeeks = 6;

/** At most this many people are named per list; the rest are counted. */
export const overviewNamedLimit = 8;

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

/** One school's share of "needs attention": the flags rolled up, and who carries them. */
export interface OverviewAttentionSchool {
  schoolId: string;
  schoolName: string;
  /** Teachers (each counted once) carrying each kind of flag. */
  flagCounts: Record<CaseloadFlagKind, number>;
  flaggedTeachers: number;
  teachers: number;
  teams: OverviewAttentionTeam[];
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

interface OverviewWalkthroughs {
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
export interface OverviewFigures {
  level: "district" | "school";
  id: string | null;
  name: string;
  teacherCount: number;
  completionPercent: number | null;
  sessionsCompleted: number;
  sessionsAssigned: number;
  meetingsHeld: number;
  meetingsScheduled: number;
  collaborationUsedMinutes: number;
  collaborationScheduledMinutes: number;
  stepsDoneWithEvidence: number;
  stepsTotal: number;
  /** When the dashboard's figures were built, if they come from its kept snapshot. */
  asOf: Date | null;
}

export interface AdminOverview {
  scope: "district" | "school";
  weekStart: Date;
  weekEnd: Date;
  attention: OverviewAttentionSchool[];
  meetings: OverviewMeeting[];
  blocks: OverviewBlock[];
  walkthroughs: OverviewWalkthroughs;
  credentialQueue: OverviewCredentialQueue;
  figures: OverviewFigures[];
}
