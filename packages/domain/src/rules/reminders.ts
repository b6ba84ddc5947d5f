import { TZDate } from "@date-fns/tz";
import type { ActionStepStatus, MeetingStatus } from "../enums.ts";
import { addDaysToDay, isoWeekKey, localDay } from "../local-time.ts";
import { behindOnMicroPd, type MicroPdPaceFacts } from "./caseload-flags.ts";

/*
 * Which scheduled reminders are due at a moment. Pure: the database gathers the facts, these
 * decide, and each answer carries the dedupe key that makes running the scheduler again (every
 * tick, or twice at once) write nothing twice.
 */

const minuteMs = 60_000;
const dayMs = 24 * 60 * minuteMs;

/** Commitments are reminded this many days before they are due. */
const COMMITMENT_SOON_DAYS = 2;
/** A teacher who has not touched MicroPD for this many days may be nudged. */
const NUDGE_IDLE_DAYS = 7;
/** Teachers hear about their cohort's workshop this long before it starts. */
export const WORKSHOP_NOTICE_DAYS = 2;
/** Weekly summaries go out on Monday from this local hour. */
const SUMMARY_HOUR = 7;

export interface MeetingReminderFacts {
  meetingId: string;
  startsAt: Date;
  status: MeetingStatus;
}

interface MeetingReminder {
  meetingId: string;
  leadMinutes: number;
  dedupeKey: string;
}

/**
 * One reminder per scheduled meeting that has not started: for the shortest lead time whose
 * window (now, now + lead] holds the start. A meeting tomorrow gets the day-before reminder,
 * and the hour-before one only within the hour; a meeting scheduled at short notice gets the
 * nearest reminder only, never a stale "tomorrow". Each lead has its own key, so each is sent once.
 */
export function meetingRemindersDue(
  meetings: readonly MeetingReminderFacts[],
  leadMinutes: readonly number[],
  now: Date,
): MeetingReminder[] {
  const leads = [...new Set(leadMinutes)].filter((lead) => lead > 0).sort((a, b) => a - b);
  const due: MeetingReminder[] = [];
  for (const meeting of meetings) {
    if (meeting.status !== "scheduled") continue;
    const untilStart = meeting.startsAt.getTime() - now.getTime();
    if (untilStart <= 0) continue;
    const lead = leads.find((minutes) => untilStart <= minutes * minuteMs);
    if (lead === undefined) continue;
    due.push({
      meetingId: meeting.meetingId,
      leadMinutes: lead,
      dedupeKey: `meeting-reminder:${meeting.meetingId}:${lead}`,
    });
  }
  return due;
}

export interface CommitmentFacts {
  stepId: string;
  status: ActionStepStatus;
  /** YYYY-MM-DD, or none. */
  dueOn: string | null;
  /** Only steps committed to in a support meeting are reminded. */
  fromMeetingId: string | null;
}

interface CommitmentReminder {
  stepId: string;
  when: "soon" | "overdue";
  dedupeKey: string;
}

/**
 * A meeting commitment not done: "soon" from two days before its due day through the day
 * itself, "overdue" once the day has passed. `today` is the district's local day.
 */
export function commitmentReminderDue(
  step: CommitmentFacts,
  today: string,
): CommitmentReminder | null {
  if (step.fromMeetingId === null || step.dueOn === null || step.status === "done") return null;
  if (step.dueOn < today) {
    return {
      stepId: step.stepId,
      when: "overdue",
      dedupeKey: `commitment-due:${step.stepId}:overdue`,
    };
  }
  if (step.dueOn <= addDaysToDay(today, COMMITMENT_SOON_DAYS)) {
    return { stepId: step.stepId, when: "soon", dedupeKey: `commitment-due:${step.stepId}:soon` };
  }
  return null;
}

export interface Holiday {
  /** Inclusive YYYY-MM-DD days. */
  startsOn: string;
  endsOn: string;
}

export function isHoliday(today: string, holidays: readonly Holiday[]): boolean {
  return holidays.some((holiday) => holiday.startsOn <= today && today <= holiday.endsOn);
}

interface NudgeFacts {
  /** The teacher's current enrolment as the caseload's pace rule sees it. */
  pace: MicroPdPaceFacts | null;
  /** The last time they started, continued or completed a session; null when never. */
  lastActivityAt: Date | null;
}

/** This week's nudge key: at most one nudge per teacher and ISO week of the district. */
export function microPdNudgeKey(now: Date, timeZone: string): string {
  return `micropd-nudge:${isoWeekKey(now, timeZone)}`;
}

/**
 * The gentle MicroPD nudge: not during a school break; the teacher is behind their cohort's
 * pace (the same rule as the coach's "behind on MicroPD" flag) and has not touched a session
 * (nor enrolled) in seven days. At most one a week: the key is the district's ISO week.
 */
export function microPdNudgeDue(
  facts: NudgeFacts,
  context: { now: Date; timeZone: string; holidays: readonly Holiday[] },
): { dedupeKey: string; reason: string } | null {
  const { now, timeZone } = context;
  if (!facts.pace) return null;
  if (isHoliday(localDay(now, timeZone), context.holidays)) return null;
  const behind = behindOnMicroPd(facts.pace, now);
  if (!behind) return null;
  const since = facts.lastActivityAt ?? facts.pace.enrolledAt;
  if (now.getTime() - since.getTime() < NUDGE_IDLE_DAYS * dayMs) return null;
  return { dedupeKey: microPdNudgeKey(now, timeZone), reason: behind.reason };
}

/** A cohort's workshop starting within the next two days. */
export function workshopReminderDue(
  cohort: { cohortId: string; workshopStartsAt: Date | null },
  now: Date,
): { dedupeKey: string } | null {
  if (!cohort.workshopStartsAt) return null;
  const untilStart = cohort.workshopStartsAt.getTime() - now.getTime();
  if (untilStart <= 0 || untilStart > WORKSHOP_NOTICE_DAYS * dayMs) return null;
  return { dedupeKey: `workshop:${cohort.cohortId}` };
}

/**
 * Weekly summaries go out on Monday from 07:00 in the district's zone (and not on other days,
 * so a summary never arrives late in the week it describes). Null when it is not that time.
 */
export function weeklySummaryDue(
  now: Date,
  timeZone: string,
): { week: string; caseloadKey: string; schoolKey: string } | null {
  const local = new TZDate(now.getTime(), timeZone);
  if (local.getDay() !== 1 || local.getHours() < SUMMARY_HOUR) return null;
  const week = isoWeekKey(now, timeZone);
  return { week, caseloadKey: `caseload-summary:${week}`, schoolKey: `school-summary:${week}` };
}
