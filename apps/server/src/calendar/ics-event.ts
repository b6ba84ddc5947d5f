import type { CalendarEvent } from "@throughline/domain/calendar";
import { type ICalEventData, ICalEventStatus } from "ical-generator";

/**
 * One event as iCalendar writes it, the same in the subscription feed and in a meeting's
 * emailed invitation: the same UID and SEQUENCE make a calendar that has the event from one
 * update it from the other instead of adding a second copy.
 */
export function icsEventData(event: CalendarEvent, now: Date): ICalEventData {
  return {
    id: event.uid,
    sequence: event.sequence,
    stamp: now,
    start: event.startsAt,
    end: event.endsAt,
    summary: event.summary,
    description: event.description,
    location: event.location,
    url: event.url,
    status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  };
}
