import { type MeetingForCalendar, meetingEvent } from "@throughline/domain/calendar";
import type { NotificationKind } from "@throughline/domain/enums";
import ical, { ICalCalendarMethod } from "ical-generator";
import { icsEventData } from "../calendar/ics-event.ts";

/** The kinds whose email carries the meeting's invitation. */
export const INVITE_KINDS: ReadonlySet<NotificationKind> = new Set([
  "meeting_scheduled",
  "meeting_changed",
  "meeting_cancelled",
]);

/**
 * An iTIP invitation (RFC 5546) for one support meeting: METHOD:REQUEST, or CANCEL when it was
 * cancelled. The UID and SEQUENCE are the calendar feed's, so a calendar that has the meeting
 * from the feed updates that same event instead of adding a second one.
 */
export function meetingInviteIcs(input: {
  meeting: MeetingForCalendar;
  /** The page of the meeting in the app, for the description. */
  appUrl: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
  now: Date;
  /** The district's zone, in which the invitation's text gives the time. */
  timeZone: string;
}): string {
  const event = meetingEvent(input.meeting, input.appUrl, input.timeZone);
  const cancelled = input.meeting.status === "cancelled";
  const calendar = ical({
    prodId: { company: "Throughline", product: "Meeting invitation", language: "EN" },
    method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    ...icsEventData(event, input.now),
    organizer: input.organizer,
    attendees: [{ name: input.attendee.name, email: input.attendee.email, rsvp: false }],
  });
  return calendar.toString();
}
