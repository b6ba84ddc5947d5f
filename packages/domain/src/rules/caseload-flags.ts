import { z } from "zod";
import type { ActionStepStatus, ReleaseMode } from "../enums.ts";
import { caseloadFlagKinds } from "./caseload-flag-kinds.ts";
import type { StageStatus } from "./stage-status.ts";

/**
 * The flags on a coach's caseload: who needs help, and why, in words a coach can act on.
 * Every rule is pure: the database gathers the facts, these decide.
 */

export const caseloadFlagKindSchema = z.enum(caseloadFlagKinds);
export type CaseloadFlagKind = z.infer<typeof caseloadFlagKindSchema>;

export const caseloadFlagSchema = z.object({
  kind: caseloadFlagKindSchema,
  /** A short reason, e.g. "3 sessions behind the cohort's pace". */
  reason: z.string(),
});
export type CaseloadFlag = z.infer<typeof caseloadFlagSchema>;

const dayMs = 24 * 60 * 60 * 1000;
/** Self-paced cohorts expect one MicroPD session a week. */
const selfPacedDaysPerSession = 7;
/** Self-paced teachers count as behind from two sessions short of the pace (one is slack). */
const selfPacedBehindAt = 2;
/** How long a teacher may go without attending a support meeting. */
const meetingWindowDays = 21;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function wholeDaysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / dayMs);
}

/** The teacher's current enrolment as the MicroPD rule sees it; null when not enrolled. */
export interface MicroPdPaceFacts {
  releaseMode: ReleaseMode;
  enrolledAt: Date;
  sessionsTotal: number;
  sessionsCompleted: number;
  /** Dated cohorts: sessions released by now that the teacher has not completed. */
  releasedNotCompleted: number;
}

/** How many sessions a self-paced teacher should have done by now: one a week, at most all. */
function selfPacedExpected(facts: MicroPdPaceFacts, now: Date): number {
  const weeks = Math.floor(wholeDaysBetween(facts.enrolledAt, now) / selfPacedDaysPerSession);
  return Math.min(facts.sessionsTotal, Math.max(0, weeks));
}

/**
 * Behind on MicroPD. Dated cohorts: any session released but not completed. Self-paced cohorts:
 * two or more sessions short of the cohort's pace (one session per week since enrolment).
 */
export function behindOnMicroPd(facts: MicroPdPaceFacts | null, now: Date): CaseloadFlag | null {
  if (!facts) return null;
  const behind =
    facts.releaseMode === "dated"
      ? facts.releasedNotCompleted
      : selfPacedExpected(facts, now) - facts.sessionsCompleted;
  const threshold = facts.releaseMode === "dated" ? 1 : selfPacedBehindAt;
  if (behind < threshold) return null;
  return {
    kind: "behind_on_micropd",
    reason: `${plural(behind, "session", "sessions")} behind the cohort's pace`,
  };
}

export interface StepFacts {
  status: ActionStepStatus;
  /** A calendar date (YYYY-MM-DD) or none. */
  dueOn: string | null;
}

/**
 * Steps the teacher is stuck on, and steps not done whose due date has passed (`today` is a
 * YYYY-MM-DD date; ISO dates compare as text). A stuck step past its date counts as stuck only.
 */
export function overdueOrStuckSteps(
  steps: readonly StepFacts[],
  today: string,
): CaseloadFlag | null {
  const stuck = steps.filter((step) => step.status === "stuck").length;
  const overdue = steps.filter(
    (step) =>
      step.status !== "stuck" &&
      step.status !== "done" &&
      step.dueOn !== null &&
      step.dueOn < today,
  ).length;
  if (stuck === 0 && overdue === 0) return null;
  const parts = [
    stuck > 0 ? `${plural(stuck, "step", "steps")} stuck` : null,
    overdue > 0 ? `${plural(overdue, "step", "steps")} overdue` : null,
  ].filter((part) => part !== null);
  return { kind: "overdue_or_stuck_steps", reason: parts.join(" · ") };
}

export interface MeetingFacts {
  /** When the teacher first enrolled (earliest current enrolment); null when not enrolled. */
  enrolledAt: Date | null;
  /** The last support meeting that took place with the teacher present. */
  lastAttendedAt: Date | null;
}

/**
 * No support meeting attended in the last 21 days. Teachers enrolled fewer than 21 days ago,
 * and people not enrolled at all, are not flagged: nobody expects a meeting of them yet.
 */
export function noRecentMeeting(facts: MeetingFacts, now: Date): CaseloadFlag | null {
  if (!facts.enrolledAt) return null;
  const windowMs = meetingWindowDays * dayMs;
  if (now.getTime() - facts.enrolledAt.getTime() < windowMs) return null;
  if (!facts.lastAttendedAt) {
    return { kind: "no_recent_meeting", reason: "No support meeting attended yet" };
  }
  if (now.getTime() - facts.lastAttendedAt.getTime() <= windowMs) return null;
  return {
    kind: "no_recent_meeting",
    reason: `No support meeting in ${wholeDaysBetween(facts.lastAttendedAt, now)} days`,
  };
}

/** How long a teacher may go without a coaching observation. */
const observationWindowDays = 45;

export interface ObservationFacts {
  /** When the teacher first enrolled (earliest current enrolment); null when not enrolled. */
  enrolledAt: Date | null;
  /** The day (YYYY-MM-DD) of the teacher's latest published coaching observation. */
  lastObservedOn: string | null;
}

/**
 * Not observed in 45 days: no published coaching observation in the window. Like meetings,
 * teachers enrolled fewer than 45 days ago and people not enrolled are not flagged.
 */
export function notObservedRecently(facts: ObservationFacts, now: Date): CaseloadFlag | null {
  if (!facts.enrolledAt) return null;
  if (wholeDaysBetween(facts.enrolledAt, now) < observationWindowDays) return null;
  if (!facts.lastObservedOn) {
    return { kind: "not_observed_recently", reason: "Not observed yet" };
  }
  const days = wholeDaysBetween(new Date(`${facts.lastObservedOn}T00:00:00Z`), now);
  if (days <= observationWindowDays) return null;
  return { kind: "not_observed_recently", reason: `Not observed in ${days} days` };
}

/** Everything is met but a coach still has to confirm the stage. */
export function readyForReview(status: StageStatus | null): CaseloadFlag | null {
  return status === "ready_for_review"
    ? { kind: "ready_for_review", reason: "Ready for stage review" }
    : null;
}

interface CaseloadFacts {
  micropd: MicroPdPaceFacts | null;
  steps: readonly StepFacts[];
  meetings: MeetingFacts;
  status: StageStatus | null;
  /** Absent where nobody gathered it: no observation flag then. */
  observations?: ObservationFacts;
}

/** All flags of one teacher, in a fixed order. */
export function caseloadFlags(facts: CaseloadFacts, now: Date): CaseloadFlag[] {
  return [
    behindOnMicroPd(facts.micropd, now),
    overdueOrStuckSteps(facts.steps, now.toISOString().slice(0, 10)),
    noRecentMeeting(facts.meetings, now),
    readyForReview(facts.status),
    facts.observations ? notObservedRecently(facts.observations, now) : null,
  ].filter((flag) => flag !== null);
}
