import { z } from "zod";
import { attendanceSchema, meetingStatusSchema } from "./enums.ts";
import {
  idSchema,
  optionalText,
  optionalWebUrlSchema,
  requiredText,
  timestampSchema,
} from "./ids.ts";

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
export type SupportMeeting = z.infer<typeof supportMeetingSchema>;

/** New meetings are always scheduled; the status moves on as the meeting runs. */
export const scheduleMeetingInputSchema = withMeetingRules(
  meetingFields.omit({ id: true, status: true }),
);
export type ScheduleMeetingInput = z.infer<typeof scheduleMeetingInputSchema>;

/** Moving a meeting replaces its time and place together, so the rules can be checked. */
export const rescheduleMeetingInputSchema = withMeetingRules(
  meetingFields.pick({ id: true, startsAt: true, endsAt: true, location: true, videoUrl: true }),
);
export type RescheduleMeetingInput = z.infer<typeof rescheduleMeetingInputSchema>;

export const setMeetingStatusInputSchema = meetingFields.pick({ id: true, status: true });
export type SetMeetingStatusInput = z.infer<typeof setMeetingStatusInputSchema>;

export const attendanceRecordSchema = z.object({
  meetingId: idSchema,
  personId: idSchema,
  attendance: attendanceSchema,
});
export type AttendanceRecord = z.infer<typeof attendanceRecordSchema>;

export const recordAttendanceInputSchema = z.object({
  meetingId: idSchema,
  records: z
    .array(attendanceRecordSchema.omit({ meetingId: true }))
    .refine(
      (records) => new Set(records.map((r) => r.personId)).size === records.length,
      "Each person can be marked only once",
    ),
});
export type RecordAttendanceInput = z.infer<typeof recordAttendanceInputSchema>;
