import { z } from "zod";
import { attendanceSchema, meetingStatusSchema } from "./enums.ts";
import {
  calendarDateSchema,
  idSchema,
  optionalText,
  optionalWebUrlSchema,
  requiredText,
  timestampSchema,
} from "./ids.ts";
import { isKnownTimeZone } from "./rules/meeting-recurrence.ts";
import { textRule } from "./text.ts";

/** A team meeting run with a protocol, in a room or on a video call. */
const meetingFields = z.object({
  id: idSchema,
  teamId: idSchema,
  title: requiredText({ missing: "Enter a title", label: "Title" }),
  startsAt: timestampSchema,
  endsAt: timestampSchema,
  location: optionalText({ label: "Location" }),
  videoUrl: optionalWebUrlSchema,
  status: meetingStatusSchema,
});

interface MeetingTimeAndPlace {
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  videoUrl: string | null;
}

/** The rules every meeting shape obeys: it ends after it starts, and people know where to go. */
function withMeetingRules<S extends z.ZodType<MeetingTimeAndPlace>>(schema: S): S {
  return schema
    .refine((m) => m.endsAt.getTime() > m.startsAt.getTime(), {
      error: "The meeting must end after it starts",
      path: ["endsAt"],
    })
    .refine((m) => m.location !== null || m.videoUrl !== null, {
      error: "Add a room or a video link",
      path: ["location"],
    });
}

export const supportMeetingSchema = withMeetingRules(meetingFields);

/** "every other week until June 30": see rules/meeting-recurrence. */
const recurrenceSchema = z.object({
  frequency: z.enum(["weekly", "monthly"], { error: "Choose weekly or monthly" }),
  interval: z
    .number({ error: "Choose how often" })
    .int("Choose how often")
    .min(1, "Choose how often")
    .max(4, "Meetings repeat at least every 4 weeks or months"),
  until: calendarDateSchema,
});

/** An IANA time zone the server knows, such as the browser reports ("America/Chicago"). */
export const timeZoneSchema = z
  .string({ error: "Choose a time zone" })
  .check(textRule({ label: "The time zone", singleLine: true }))
  .refine(isKnownTimeZone, "This is not a time zone we know");

/** Protocol steps in the order the facilitator chose, from one protocol or several. */
const agendaSchema = z
  .array(idSchema)
  .min(1, "Add at least one protocol step to the agenda")
  .max(15, "An agenda can have at most 15 steps");

/**
 * New meetings are always scheduled; the status moves on as the meeting runs. The agenda is
 * protocol steps in the order the facilitator chose, from one protocol or several. With a
 * recurrence, `startsAt`/`endsAt` are the first occurrence and the rest follow the rule in
 * `timeZone`, each with its own copy of the agenda.
 */
export const scheduleMeetingInputSchema = withMeetingRules(
  meetingFields.omit({ id: true, status: true }).extend({
    timeZone: timeZoneSchema,
    recurrence: recurrenceSchema.nullable(),
    /** The team's collaboration block the meeting is scheduled into, if any. */
    collaborationBlockId: idSchema.nullable().optional(),
    agenda: agendaSchema,
  }),
).refine(
  (m) => m.recurrence === null || m.recurrence.until >= m.startsAt.toISOString().slice(0, 10),
  { error: "The last day must be after the first meeting", path: ["recurrence", "until"] },
);

/** Moving a meeting replaces its time and place together, so the rules can be checked. */
export const rescheduleMeetingInputSchema = withMeetingRules(
  meetingFields
    .pick({ id: true, startsAt: true, endsAt: true, location: true, videoUrl: true })
    .extend({
      /** A new title; left out, the meeting keeps its own. */
      title: meetingFields.shape.title.optional(),
      /** A new agenda, replacing the old one (of every meeting moved); left out, it stays. */
      agenda: agendaSchema.optional(),
      /**
       * Also move every later scheduled meeting of the series by the same shift, to the same
       * length, place and title.
       */
      andFollowing: z.boolean().default(false),
    }),
);

export const meetingIdInputSchema = z.object({ meetingId: idSchema });
export const teamIdInputSchema = z.object({ teamId: idSchema });

/** Cancelling one meeting, or it and every later meeting of its series. */
export const cancelMeetingInputSchema = z.object({
  meetingId: idSchema,
  andFollowing: z.boolean().default(false),
});

const attendanceRecordSchema = z.object({
  meetingId: idSchema,
  personId: idSchema,
  attendance: attendanceSchema,
});

export const recordAttendanceInputSchema = z.object({
  meetingId: idSchema,
  records: z
    .array(attendanceRecordSchema.omit({ meetingId: true }))
    .max(500, "A meeting records at most 500 people")
    .refine(
      (records) => new Set(records.map((r) => r.personId)).size === records.length,
      "Each person can be marked only once",
    ),
});
