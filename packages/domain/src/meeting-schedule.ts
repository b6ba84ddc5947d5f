import type { MeetingStatus } from "./enums.ts";
import type { ProtocolStep } from "./protocol.ts";
import type { MeetingDisplayState } from "./rules/meeting-held.ts";
import type { Recurrence } from "./rules/meeting-recurrence.ts";
import type { SkippedOccurrence } from "./rules/school-week.ts";

/* What the scheduling screens show: teams to schedule for, coach and member meeting lists. */

/** A team the viewer may schedule meetings for. */
export interface SchedulableTeam {
  id: string;
  name: string;
  schoolName: string;
  memberCount: number;
}

export interface ScheduledMeetings {
  meetingIds: string[];
  /** The recurring series, or null for a one-off meeting. */
  seriesId: string | null;
  /** Occurrences of the series left out because they fall in a district break. */
  skipped: SkippedOccurrence[];
  /** Scheduled, but worth a second look: in a break, outside the school day. */
  warnings: string[];
}

/** One meeting in the coach's list: when, where, and how long its agenda is. */
export interface CoachMeeting {
  id: string;
  teamId: string;
  teamName: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  videoUrl: string | null;
  status: MeetingStatus;
  /** The series it belongs to; null for a one-off meeting. */
  seriesId: string | null;
  agendaSteps: number;
  agendaMinutes: number;
  /** Upcoming or past, and what it is called: the same rule as the teacher's page. */
  display: MeetingDisplayState;
}

export interface CoachMeetings {
  upcoming: CoachMeeting[];
  recent: CoachMeeting[];
}

/** A step of an upcoming meeting's agenda, as members read it to prepare. */
export type MemberAgendaItem = ProtocolStep;

/** An upcoming meeting as a member sees it: the coach's facts of it, and its agenda to prepare. */
export interface MemberMeeting
  extends Pick<
    CoachMeeting,
    "id" | "teamName" | "title" | "startsAt" | "endsAt" | "location" | "videoUrl" | "status"
  > {
  repeats: boolean;
  agenda: MemberAgendaItem[];
  display: MeetingDisplayState;
}

export interface PastMeeting {
  id: string;
  title: string;
  teamName: string;
  startsAt: Date;
  /** Held (with the day it was held), as the coach's list says it. */
  display: MeetingDisplayState;
}

export interface MyMeetings {
  upcoming: MemberMeeting[];
  past: PastMeeting[];
}

const weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const ordinals = ["", "first", "second", "third", "fourth", "fifth"];

/**
 * "every other Tuesday until June 30", said as the scheduler chose it. `weekday` (0 Sunday) and
 * `dayOfMonth` are the first meeting's, in the scheduler's time zone.
 */
export function describeRecurrence(
  recurrence: Recurrence,
  first: { weekday: number; dayOfMonth: number },
): string {
  const day = weekdayNames[first.weekday] ?? "";
  const until = new Intl.DateTimeFormat("en-US", {
    month: "long",
    day: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${recurrence.until}T00:00:00Z`));
  const ordinal = ordinals[Math.ceil(first.dayOfMonth / 7)] ?? "";
  const every =
    recurrence.frequency === "monthly"
      ? `the ${ordinal} ${day} of ${recurrence.interval === 1 ? "every month" : `every ${recurrence.interval} months`}`
      : recurrence.interval === 1
        ? `every ${day}`
        : recurrence.interval === 2
          ? `every other ${day}`
          : `every ${recurrence.interval} weeks on ${day}`;
  return `${every} until ${until}`;
}
