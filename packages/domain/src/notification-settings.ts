import { z } from "zod";
import { calendarDateSchema, idSchema, requiredText } from "./ids.ts";
import { timeZoneSchema } from "./meeting.ts";

/** Reminder lead times a district may choose: from five minutes to a week before. */
const REMINDER_MINUTES_MIN = 5;
const REMINDER_MINUTES_MAX = 7 * 24 * 60;

const leadMinutesSchema = z
  .number({ error: "Enter a number of minutes" })
  .int("Use whole minutes")
  .min(REMINDER_MINUTES_MIN, `Remind at least ${REMINDER_MINUTES_MIN} minutes before`)
  .max(REMINDER_MINUTES_MAX, "Remind at most a week before");

/** The district's reminder settings: its time zone and how early members hear of a meeting. */
export const reminderSettingsInputSchema = z.object({
  timeZone: timeZoneSchema,
  meetingReminderMinutes: z
    .array(leadMinutesSchema)
    .min(1, "Keep at least one reminder")
    .max(3, "Choose at most three reminders")
    .refine((values) => new Set(values).size === values.length, "Each reminder needs its own time")
    // Longest first, as people read them: "a day before, then an hour before".
    .transform((values) => [...values].sort((a, b) => b - a)),
});

/** A school break: no MicroPD nudges from its first to its last day. */
export const schoolHolidayInputSchema = z
  .object({
    name: requiredText({ missing: "Name the break", label: "Name", max: 80 }),
    startsOn: calendarDateSchema,
    endsOn: calendarDateSchema,
  })
  .refine((holiday) => holiday.endsOn >= holiday.startsOn, {
    path: ["endsOn"],
    message: "The break ends on or after its first day",
  });

export const schoolHolidayIdInputSchema = z.object({ holidayId: idSchema });

export interface SchoolHoliday {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
}

export interface ReminderSettings {
  timeZone: string;
  meetingReminderMinutes: number[];
  holidays: SchoolHoliday[];
}

/** "1 day", "2 hours", "90 minutes": how a lead time reads in a sentence. */
export function describeLeadTime(minutes: number): string {
  const unit = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  if (minutes % 1440 === 0) return unit(minutes / 1440, "day");
  if (minutes % 60 === 0) return unit(minutes / 60, "hour");
  return unit(minutes, "minute");
}
