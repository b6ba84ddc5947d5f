import { z } from "zod";
import { formatInstant, formatTimeRange } from "./date-format.ts";
import type { MeetingFacts } from "./meeting-room.ts";

/**
 * A person's private calendar feed (iCalendar, RFC 5545) of their support meetings and
 * workshops. The rules here decide what each calendar event says; the server only renders them.
 */

/** The secret in a feed URL: 32 random bytes, base64url without padding (43 characters). */
export const feedTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This is not a feed token");

/** Whether the viewer has a live feed. The token is never in here: it is shown once, on creation. */
const calendarFeedStatusSchema = z.object({
  active: z.boolean(),
  createdAt: z.date().nullable(),
});
export type CalendarFeedStatus = z.infer<typeof calendarFeedStatusSchema>;

/** What creating (or rotating) a feed answers: the only time the URL is ever shown. */
const createdCalendarFeedSchema = z.object({
  url: z.url(),
  createdAt: z.date(),
});
export type CreatedCalendarFeed = z.infer<typeof createdCalendarFeedSchema>;

/** A support meeting of one of the person's teams, as the calendar needs it. */
export interface MeetingForCalendar extends MeetingFacts {
  /** Bumped on every change people should see; calendar apps replace an event on a higher one. */
  sequence: number;
  /** The agenda's steps in order, so the invitation says what the meeting is for. */
  agenda: { title: string; minutes: number }[];
}

function agendaText(agenda: MeetingForCalendar["agenda"]): string | null {
  if (agenda.length === 0) return null;
  const steps = agenda.map((step, index) => `${index + 1}. ${step.title} (${step.minutes} min)`);
  return ["Agenda:", ...steps].join("\n");
}

/** The introductory workshop of a cohort the person is in or coaches. */
export interface WorkshopForCalendar {
  cohortId: string;
  cohortName: string;
  stageTitle: string;
  startsAt: Date;
  minutes: number;
  location: string | null;
  videoUrl: string | null;
  description: string | null;
}

const calendarEventKindSchema = z.enum(["meeting", "workshop"]);
type CalendarEventKind = z.infer<typeof calendarEventKindSchema>;

/** One calendar event, in the app and in the feed. Times are instants (rendered in UTC). */
const calendarEventSchema = z.object({
  uid: z.string(),
  kind: calendarEventKindSchema,
  id: z.string(),
  sequence: z.number().int().nonnegative(),
  summary: z.string(),
  description: z.string(),
  location: z.string().nullable(),
  url: z.string().nullable(),
  startsAt: z.date(),
  endsAt: z.date(),
  cancelled: z.boolean(),
});
export type CalendarEvent = z.infer<typeof calendarEventSchema>;

/**
 * The event's UID: the same for the same meeting or workshop on every fetch, so a calendar app
 * updates its copy instead of adding a second one.
 */
function calendarUid(kind: CalendarEventKind, id: string): string {
  return `${kind}-${id}@throughline`;
}

function lines(...parts: (string | null)[]): string {
  return parts.filter((part): part is string => part !== null && part !== "").join("\n\n");
}

/**
 * "When: Tue, Dec 1, 3:00 PM – 3:45 PM CST": calendar apps show the event in the reader's zone,
 * so the text says the district's time, with its zone, for anyone whose device is elsewhere.
 */
function whenText(startsAt: Date, endsAt: Date, timeZone: string): string {
  const day = formatInstant(startsAt, { timeZone, style: "weekdayDate" });
  return `When: ${day}, ${formatTimeRange(startsAt, endsAt, { timeZone, showZone: true })}`;
}

export function meetingEvent(
  meeting: MeetingForCalendar,
  appUrl: string,
  timeZone: string,
): CalendarEvent {
  const cancelled = meeting.status === "cancelled";
  return {
    uid: calendarUid("meeting", meeting.id),
    kind: "meeting",
    id: meeting.id,
    sequence: meeting.sequence,
    summary: cancelled ? `Cancelled: ${meeting.title}` : meeting.title,
    description: lines(
      `Support meeting of ${meeting.teamName}.`,
      whenText(meeting.startsAt, meeting.endsAt, timeZone),
      agendaText(meeting.agenda),
      meeting.videoUrl ? `Join online: ${meeting.videoUrl}` : null,
      `Agenda and notes in Throughline: ${appUrl}`,
    ),
    // A room is the place to go; with only a video link, the link is the place.
    location: meeting.location ?? meeting.videoUrl,
    url: meeting.videoUrl,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    cancelled,
  };
}

export function workshopEvent(
  workshop: WorkshopForCalendar,
  appUrl: string,
  timeZone: string,
): CalendarEvent {
  const endsAt = new Date(workshop.startsAt.getTime() + workshop.minutes * 60_000);
  return {
    uid: calendarUid("workshop", workshop.cohortId),
    kind: "workshop",
    id: workshop.cohortId,
    // Workshops have no change counter yet; a later change will need one to reach calendars.
    sequence: 0,
    summary: `Workshop: ${workshop.stageTitle}`,
    description: lines(
      `Introductory workshop for ${workshop.cohortName}.`,
      whenText(workshop.startsAt, endsAt, timeZone),
      workshop.description,
      workshop.videoUrl ? `Join online: ${workshop.videoUrl}` : null,
      `Details in Throughline: ${appUrl}`,
    ),
    location: workshop.location ?? workshop.videoUrl,
    url: workshop.videoUrl,
    startsAt: workshop.startsAt,
    endsAt,
    cancelled: false,
  };
}

/** Every meeting and workshop as calendar events, earliest first. */
export function calendarEvents(input: {
  meetings: readonly MeetingForCalendar[];
  workshops: readonly WorkshopForCalendar[];
  appUrl: string;
  /** The district's zone, in which the events' text gives their times. */
  timeZone: string;
}): CalendarEvent[] {
  return [
    ...input.meetings.map((meeting) => meetingEvent(meeting, input.appUrl, input.timeZone)),
    ...input.workshops.map((workshop) => workshopEvent(workshop, input.appUrl, input.timeZone)),
  ].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.uid.localeCompare(b.uid));
}
