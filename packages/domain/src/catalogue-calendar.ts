import type { CalendarEvent } from "./calendar.ts";
import { type CatalogueEventKind, catalogueEventKindLabels } from "./catalogue.ts";
import { formatInstant, formatTimeRange } from "./date-format.ts";
import { formatLocalDateTime } from "./local-time.ts";

/*
 * A catalogue event as a calendar event: the same in the teacher's feed, on the Meetings page
 * and in the invitation emailed when a seat is theirs, so a calendar that has it from one
 * updates it from the other.
 */

/** What the calendar needs of a catalogue event and of the person's place at it. */
export interface CatalogueEventForCalendar {
  id: string;
  kind: CatalogueEventKind;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  joinUrl: string | null;
  sequence: number;
  /** The event was cancelled, or the person gave up their seat: calendars remove it. */
  cancelled: boolean;
}

/** The stable UID of a catalogue event in every calendar. */
function catalogueCalendarUid(eventId: string): string {
  return `catalogue-${eventId}@throughline`;
}

export function catalogueCalendarEvent(
  event: CatalogueEventForCalendar,
  appUrl: string,
  timeZone: string,
): CalendarEvent {
  const label = catalogueEventKindLabels[event.kind];
  const day = formatInstant(event.startsAt, { timeZone, style: "weekdayDate" });
  const when = formatTimeRange(event.startsAt, event.endsAt, { timeZone, showZone: true });
  return {
    uid: catalogueCalendarUid(event.id),
    // Shown among the teacher's workshops: an elective one is a workshop they signed up for.
    kind: "workshop",
    id: event.id,
    sequence: event.sequence,
    summary: event.cancelled ? `Cancelled: ${label}: ${event.title}` : `${label}: ${event.title}`,
    description: [
      event.description,
      `When: ${day}, ${when}`,
      event.joinUrl ? `Join online: ${event.joinUrl}` : null,
      `Your registration in Throughline: ${appUrl}`,
    ]
      .filter((part): part is string => part !== null)
      .join("\n\n"),
    location: event.location ?? event.joinUrl,
    url: event.joinUrl,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    cancelled: event.cancelled,
  };
}

/** The notification's title: "Your seat: Workshop: Questioning that sticks, Tue, Dec 1, 3:00 PM". */
export function catalogueSeatTitle(
  change: "registered" | "promoted" | "cancelled" | "event_cancelled",
  event: { kind: CatalogueEventKind; title: string; startsAt: Date },
  timeZone: string,
): string {
  const what = `${catalogueEventKindLabels[event.kind]}: ${event.title}, ${formatLocalDateTime(event.startsAt, timeZone)}`;
  switch (change) {
    case "registered":
      return `You are registered. ${what}`;
    case "promoted":
      return `A seat opened up and it is yours. ${what}`;
    case "cancelled":
      return `Your registration is cancelled. ${what}`;
    case "event_cancelled":
      return `Cancelled by the district. ${what}`;
  }
}

/** A person's meetings and workshops with their catalogue seats added, earliest first. */
export function withCatalogueEvents(
  events: readonly CalendarEvent[],
  catalogue: readonly CatalogueEventForCalendar[],
  appUrl: string,
  timeZone: string,
): CalendarEvent[] {
  return [
    ...events,
    ...catalogue.map((event) => catalogueCalendarEvent(event, appUrl, timeZone)),
  ].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.uid.localeCompare(b.uid));
}
