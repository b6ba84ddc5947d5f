import type { MeetingStatus } from "../enums.ts";
import { localDay } from "../local-time.ts";

/*
 * When a support meeting happened, for every screen and every credit: a meeting counts on the
 * day it was held (started), never the day it was scheduled for. One rule decides a meeting's
 * display state, so the coach's list and the teacher's page cannot disagree.
 */

export interface MeetingTimes {
  status: MeetingStatus;
  startsAt: Date;
  endsAt: Date;
  startedAt: Date | null;
  closedAt: Date | null;
}

/** The moment a meeting was held: when it was started; else when closed; else as scheduled. */
export function meetingHeldAt(meeting: Pick<MeetingTimes, "startsAt" | "startedAt" | "closedAt">) {
  return meeting.startedAt ?? meeting.closedAt ?? meeting.startsAt;
}

/**
 * Whether starting now is before the meeting's scheduled day, on it, or after it, in the
 * district's time zone. Before its day a meeting can start only by being moved to now.
 */
export function startTiming(
  startsAt: Date,
  now: Date,
  timeZone: string,
): "before_day" | "on_day" | "after_day" {
  const scheduled = localDay(startsAt, timeZone);
  const today = localDay(now, timeZone);
  if (today < scheduled) return "before_day";
  return today === scheduled ? "on_day" : "after_day";
}

export type MeetingDisplayState =
  | { section: "upcoming"; state: "scheduled" | "in_progress" | "cancelled" }
  | { section: "past"; state: "held"; heldAt: Date }
  | { section: "past"; state: "not_held" | "cancelled" };

/**
 * Where a meeting belongs and what it is called. A closed meeting is held and past, whatever
 * its scheduled time; a running one is current; a scheduled one is upcoming until it ends, then
 * "not held"; a cancelled one is upcoming (so people see it is off) until its time has passed.
 */
export function meetingDisplayState(meeting: MeetingTimes, now: Date): MeetingDisplayState {
  switch (meeting.status) {
    case "closed":
      return { section: "past", state: "held", heldAt: meetingHeldAt(meeting) };
    case "in_progress":
      return { section: "upcoming", state: "in_progress" };
    case "cancelled":
      return meeting.endsAt > now
        ? { section: "upcoming", state: "cancelled" }
        : { section: "past", state: "cancelled" };
    case "scheduled":
      return meeting.endsAt > now
        ? { section: "upcoming", state: "scheduled" }
        : { section: "past", state: "not_held" };
  }
}

/** The words for a display state; `formatDay` renders the held day in the reader's format. */
export function meetingStateLabel(
  display: MeetingDisplayState,
  formatDay: (at: Date) => string,
): string {
  switch (display.state) {
    case "held":
      return `Held ${formatDay(display.heldAt)}`;
    case "in_progress":
      return "In progress";
    case "cancelled":
      return "Cancelled";
    case "not_held":
      return "Not held";
    case "scheduled":
      return "Scheduled";
  }
}
