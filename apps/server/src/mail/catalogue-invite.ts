import {
  type CatalogueEventForCalendar,
  catalogueCalendarEvent,
} from "@throughline/domain/catalogue-calendar";
import type { NotificationKind } from "@throughline/domain/enums";
import ical, { ICalCalendarMethod } from "ical-generator";
import { icsEventData } from "../calendar/ics-event.ts";

/** The kinds whose email carries a catalogue event's invitation, or its cancel. */
export const CATALOGUE_INVITE_KINDS: ReadonlySet<NotificationKind> = new Set([
  "catalogue_seat",
  "catalogue_cancelled",
]);

/**
 * An iTIP invitation (RFC 5546) for a teacher's seat at a catalogue event: METHOD:REQUEST for a
 * seat given, CANCEL for one given up or an event cancelled. The UID and SEQUENCE are the
 * calendar feed's, so the calendar updates the same event it may have from the feed.
 */
export function catalogueInviteIcs(input: {
  event: CatalogueEventForCalendar;
  appUrl: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
  now: Date;
  timeZone: string;
}): string {
  const event = catalogueCalendarEvent(input.event, input.appUrl, input.timeZone);
  const calendar = ical({
    prodId: { company: "Throughline", product: "Catalogue invitation", language: "EN" },
    method: input.event.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    ...icsEventData(event, input.now),
    organizer: input.organizer,
    attendees: [{ name: input.attendee.name, email: input.attendee.email, rsvp: false }],
  });
  return calendar.toString();
}
