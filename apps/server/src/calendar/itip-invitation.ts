import type { CalendarEvent } from "@throughline/domain/calendar";
import ical, { ICalCalendarMethod } from "ical-generator";
import { icsEventData } from "./ics-event.ts";

interface Party {
  name: string;
  email: string;
}

/** Who sends an invitation to whom, and when; the same for every kind of event. */
export interface InvitationContext {
  /** The event's page in the app, for the description. */
  appUrl: string;
  organizer: Party;
  attendee: Party;
  now: Date;
  /** The district's zone, in which the invitation's text gives the time. */
  timeZone: string;
}

/**
 * An iTIP invitation (RFC 5546) for one event sent to one attendee: METHOD:REQUEST, or CANCEL
 * when the event is cancelled (or the seat given up). The event's UID and SEQUENCE are the
 * calendar feed's, so a calendar that has it from the feed updates that same event.
 */
export function itipInvitation(input: {
  event: CalendarEvent;
  /** Names what sent it in PRODID, e.g. "Meeting invitation". */
  product: string;
  organizer: Party;
  attendee: Party;
  now: Date;
}): string {
  const calendar = ical({
    prodId: { company: "Throughline", product: input.product, language: "EN" },
    method: input.event.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    ...icsEventData(input.event, input.now),
    organizer: input.organizer,
    attendees: [{ name: input.attendee.name, email: input.attendee.email, rsvp: false }],
  });
  return calendar.toString();
}
