import { z } from "zod";
import { fieldIssue } from "./field-issue.ts";
import { idSchema, optionalText, requiredText, wholeNumber } from "./ids.ts";
import type { Weekday } from "./rules/common-time.ts";

/*
 * Collaboration time: a school's bell schedule, each teacher's teaching timetable, the
 * common-time finder's query and the protected blocks a principal schedules. Times are minutes
 * after midnight on an ISO weekday (1 = Monday), the way a bell schedule is written.
 */

/** Where a teaching slot came from: entered by hand or taken from a OneRoster class. */
export const teachingSlotSources = ["manual", "roster"] as const;

const weekdaySchema = z
  .number({ error: "Choose a weekday" })
  .int("Choose a weekday")
  .min(1, "Choose a weekday")
  .max(7, "Choose a weekday")
  .transform((value) => value as Weekday);

const minuteSchema = (label: string) =>
  wholeNumber(label, 0).max(24 * 60, `${label} must be within the day`);

/** Shared by every weekly span: the end must come after the start. */
function endAfterStart(value: { startMinute: number; endMinute: number }, ctx: z.RefinementCtx) {
  if (value.endMinute <= value.startMinute) {
    fieldIssue(ctx, ["endMinute"], "The end must be after the start");
  }
}

const spanFields = {
  weekday: weekdaySchema,
  startMinute: minuteSchema("Start"),
  endMinute: minuteSchema("End"),
};

const bellPeriodSchema = z
  .object({
    ...spanFields,
    name: requiredText({ missing: "Name the period", label: "Period name", max: 60 }),
  })
  .superRefine(endAfterStart);

const teachingSlotSchema = z
  .object({
    ...spanFields,
    label: requiredText({ missing: "Say what is taught", label: "Class", max: 120 }),
  })
  .superRefine(endAfterStart);

export const schoolInputSchema = z.object({ schoolId: idSchema });

export const saveBellScheduleInputSchema = z.object({
  schoolId: idSchema,
  periods: z.array(bellPeriodSchema).max(120, "A week has at most 120 periods"),
});

export const timetableInputSchema = z.object({ schoolId: idSchema, personId: idSchema });

/** Saving by hand: the teacher's manual slots at the school are replaced; roster slots stay. */
export const saveTimetableInputSchema = z.object({
  schoolId: idSchema,
  personId: idSchema,
  slots: z.array(teachingSlotSchema).max(80, "A week has at most 80 classes"),
});

export const findTimeInputSchema = z.object({
  teamId: idSchema,
  minMinutes: wholeNumber("Minimum minutes", 15).max(240, "Minimum minutes must be 240 or fewer"),
  tolerance: z.union([z.literal(0), z.literal(1)], { error: "Tolerance is 0 or 1" }),
});

export const createBlockInputSchema = z
  .object({
    teamId: idSchema,
    ...spanFields,
    /** Schedule even though the block falls over someone's class. */
    override: z.boolean().optional(),
    note: optionalText({ label: "Note", max: 500 }).optional(),
  })
  .superRefine((value, ctx) => {
    endAfterStart(value, ctx);
    if (value.endMinute - value.startMinute < 15) {
      fieldIssue(ctx, ["endMinute"], "A block is at least 15 minutes");
    }
  });

export const deleteBlockInputSchema = z.object({ blockId: idSchema });
