import type { CalendarEvent } from "@throughline/domain/calendar";
import ical, { ICalCalendarMethod } from "ical-generator";
import { icsEventData } from "./ics-event.ts";

/**
 * Renders a person's events as an iCalendar (RFC 5545) document for subscription: PUBLISH, all
 * times in UTC, each event with its stable UID and its SEQUENCE so a calendar app replaces its
 * copy when something changed.
 */
export function renderFeed(input: {
  personName: string;
  events: readonly CalendarEvent[];
  now: Date;
  /** The district's zone: calendar apps that read X-WR-TIMEZONE show the feed in it. */
  timeZone: string;
}): string {
  const calendar = ical({
    name: `Throughline — ${input.personName}`,
    prodId: { company: "Throughline", product: "Calendar feed", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    // Subscribed calendars are fetched again on their own schedule; ask for hourly.
    ttl: 60 * 60,
  });
  for (const event of input.events) {
    calendar.createEvent(icsEventData(event, input.now));
  }
  return withTimezoneHint(calendar.toString(), input.timeZone);
}

/**
 * Adds X-WR-TIMEZONE (the district's zone) among the calendar's properties. ical-generator
 * writes custom properties after the events, where RFC 5545 does not allow calendar properties,
 * and its own timezone option turns every time into a floating local time; the event times
 * stay instants in UTC ("Z"), so every calendar app places them right whatever its zone.
 */
function withTimezoneHint(ics: string, timeZone: string): string {
  return ics.replace("X-WR-CALNAME:", `X-WR-TIMEZONE:${timeZone}\r\nX-WR-CALNAME:`);
}
