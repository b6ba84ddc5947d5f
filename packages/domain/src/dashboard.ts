import { z } from "zod";
import type { ProgramFigures } from "./dashboard-programs.ts";
import { idSchema } from "./ids.ts";
import type { Bucket } from "./rules/implementation-metrics.ts";

/*
 * The implementation dashboard: what a principal or district admin asks for (one level of the
 * district → school → team → teacher drill-down) and what they get back.
 *
 * Definitions, the same at every level (only the set of teachers and teams changes):
 * - The window is the current school year so far (1 August to now). PD hours, support meetings
 *   and collaboration minutes count inside it; stage progress and action steps are all-time.
 * - Funnel, per enrolment (not withdrawn): complete when the stage status is complete; in
 *   progress when any session of the stage was opened or the workshop attended; else enrolled.
 * - MicroPD completion = completed sessions / sessions of the stages the teachers are enrolled
 *   in. Pace = sessions completed per teacher per week over the last 4 weeks.
 * - Wait = whole days between finishing one session and opening the next (rules
 *   `waitsBetweenSessions`), pooled over the teachers; the figure is their median.
 * - Support meetings of the teams (district, school and team levels): scheduled = not cancelled,
 *   starting in the window up to now; held = those of them that were closed. For one teacher
 *   (her own level, and her row in a team's table) the figure is hers, not her teams': held =
 *   closed meetings in the window of a team she belongs to or where her attendance was taken;
 *   attended = those she was marked present at (rule `teacherMeetingsFigure`).
 * - Collaboration minutes per team: scheduled = weekly minutes of its blocks × weeks in the
 *   window (a started week counts); used = held minutes of closed meetings linked to one of its
 *   blocks, in the window.
 * - Steps done with evidence = steps with status done that have evidence words, a link or a
 *   file, over all steps of the teachers' action plans.
 * - Badges earned: micro-credential badges awarded to the teachers and not revoked, all time.
 * - PD hours per teacher, in the window: workshops attended (cohorts of this school year),
 *   MicroPD sessions completed (credited minutes) and closed support meetings they were present
 *   at (held minutes), and approved external PD (taken elsewhere) whose last day is in the
 *   window, as the transcript counts it. Shown as the median and a distribution in whole hours.
 */

export const districtDashboardInputSchema = z.object({ level: z.literal("district") });
export const schoolDashboardInputSchema = z.object({ schoolId: idSchema });
export const teamDashboardInputSchema = z.object({ teamId: idSchema });
export const teacherDashboardInputSchema = z.object({ personId: idSchema });

type DashboardLevel = "district" | "school" | "team" | "teacher";

/** Whether a support-meeting figure counts a set of teams' meetings or one teacher's attendance. */
export type MeetingsCount = "held" | "attended";

/** How each kind of support-meeting figure is named, in headline figures, tables and CSVs. */
export const meetingsCountLabels: Record<
  MeetingsCount,
  { label: string; detail: string; column: string }
> = {
  held: {
    label: "Support meetings held",
    detail: "Held of scheduled",
    column: "Meetings held of scheduled",
  },
  attended: {
    label: "Support meetings attended",
    detail: "Attended of the team meetings held",
    column: "Meetings attended of held",
  },
};

/** Whole-hour buckets of PD hours per teacher: 0–2, 3–5, … 15+. */
export const PD_HOUR_EDGES = [0, 3, 6, 9, 12, 15] as const;
/** Pace looks back this many weeks. */
export const PACE_WEEKS = 4;

export interface DashboardWindow {
  from: Date;
  to: Date;
  /** "2026-27 school year so far". */
  label: string;
  /** Weeks the window spans, a started week counting as one. */
  weeks: number;
}

export interface FunnelStage {
  stageId: string;
  position: number;
  title: string;
  /** The stage's program (positions count inside it); null where the facts name none. */
  programId: string | null;
  programTitle: string | null;
  enrolled: number;
  inProgress: number;
  complete: number;
}

export interface TeamCollaboration {
  teamId: string;
  teamName: string;
  usedMinutes: number;
  scheduledMinutes: number;
}

/** The figures of one set of teachers (and their teams). */
export interface DashboardMetrics {
  teacherCount: number;
  funnel: FunnelStage[];
  /**
   * Where the district runs several programs, each program's completion figures; empty where
   * it runs one. (Absent from a snapshot kept before programs were counted.)
   */
  programs?: ProgramFigures[];
  sessionsCompleted: number;
  sessionsAssigned: number;
  /** Whole percent, null when nobody is enrolled in a stage with sessions. */
  completionPercent: number | null;
  /** Sessions per teacher per week over the last PACE_WEEKS weeks, to two decimals. */
  pace: number;
  medianWaitDays: number | null;
  /**
   * What the two meeting figures count: "held" (teams: `meetingsHeld` of `meetingsScheduled`)
   * or "attended" (one teacher: `meetingsHeld` = meetings she attended, of `meetingsScheduled` =
   * her teams' meetings held).
   */
  meetingsCount: MeetingsCount;
  meetingsHeld: number;
  meetingsScheduled: number;
  collaborationUsedMinutes: number;
  collaborationScheduledMinutes: number;
  stepsDoneWithEvidence: number;
  stepsTotal: number;
  badgesEarned: number;
  medianPdHours: number | null;
  pdHoursDistribution: Bucket[];
}

/** Badges earned per micro-credential by the teachers of one level. */
export interface CredentialBadges {
  credentialId: string;
  name: string;
  badgesEarned: number;
}

/** One row of the next level down: a school, a team or a teacher, with its key figures. */
export interface DashboardRow
  extends Pick<
    DashboardMetrics,
    | "teacherCount"
    | "sessionsCompleted"
    | "sessionsAssigned"
    | "completionPercent"
    | "pace"
    | "medianWaitDays"
    | "meetingsCount"
    | "meetingsHeld"
    | "meetingsScheduled"
    | "stepsDoneWithEvidence"
    | "stepsTotal"
    | "badgesEarned"
    | "medianPdHours"
  > {
  id: string;
  name: string;
  level: Exclude<DashboardLevel, "district">;
}

export interface DashboardCrumb {
  level: DashboardLevel;
  id: string | null;
  name: string;
}

export interface Dashboard {
  level: DashboardLevel;
  /** District › School › Team › Teacher, down to this level. */
  trail: DashboardCrumb[];
  window: DashboardWindow;
  metrics: DashboardMetrics;
  /** Per team in scope (meetings and blocks belong to teams). */
  collaboration: TeamCollaboration[];
  rows: DashboardRow[];
  badgesByCredential: CredentialBadges[];
  /**
   * When the figures were built, for a big dashboard served from its kept snapshot
   * (`rules/dashboard-snapshot.ts`); null when they were built for this answer.
   */
  asOf: Date | null;
}
