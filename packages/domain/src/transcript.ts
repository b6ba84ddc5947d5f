import { z } from "zod";
import { schoolYearSchema } from "./cohort.ts";

/** What a teacher spent professional-learning time on. */
export const pdActivityKindSchema = z.enum([
  "workshop",
  "micropd",
  "support_meeting",
  "micro_credential",
]);
export type PdActivityKind = z.infer<typeof pdActivityKindSchema>;

/** How each kind is named to people (tables, CSV). */
export const pdActivityKindLabels: Record<PdActivityKind, string> = {
  workshop: "Workshop",
  micropd: "MicroPD session",
  support_meeting: "Support meeting",
  micro_credential: "Micro-credential",
};

/** One line of the transcript. */
export const pdActivitySchema = z.object({
  date: z.date(),
  kind: pdActivityKindSchema,
  title: z.string(),
  minutes: z.number().int().nonnegative(),
  /** The school year the activity counts toward, "2026-27". */
  schoolYear: schoolYearSchema,
});
export type PdActivity = z.infer<typeof pdActivitySchema>;

const amountSchema = z.object({
  minutes: z.number().int().nonnegative(),
  /** Hours rounded to one decimal, from the minutes (not a sum of rounded figures). */
  hours: z.number().nonnegative(),
});
export type PdAmount = z.infer<typeof amountSchema>;

export const pdHoursTotalsSchema = z.object({
  schoolYear: schoolYearSchema,
  byKind: z.object({
    workshop: amountSchema,
    micropd: amountSchema,
    support_meeting: amountSchema,
    micro_credential: amountSchema,
  }),
  total: amountSchema,
});
export type PdHoursTotals = z.infer<typeof pdHoursTotalsSchema>;

/** The teacher's transcript for one school year; blank year means the current one. */
export const transcriptInputSchema = z
  .object({ schoolYear: schoolYearSchema.optional() })
  .optional();
export type TranscriptInput = z.infer<typeof transcriptInputSchema>;

export const transcriptSchema = z.object({
  person: z.object({ displayName: z.string() }),
  schoolYear: schoolYearSchema,
  /** Years with any activity, and the current one, newest first: the year selector's options. */
  schoolYears: z.array(schoolYearSchema),
  /** Oldest first, as a transcript reads. */
  activities: z.array(pdActivitySchema),
  totals: pdHoursTotalsSchema,
});
export type Transcript = z.infer<typeof transcriptSchema>;

/** Minutes as hours to one decimal: 90 → 1.5, 100 → 1.7. */
export function minutesToHours(minutes: number): number {
  return Math.round((minutes / 60) * 10) / 10;
}

function amount(minutes: number): PdAmount {
  return { minutes, hours: minutesToHours(minutes) };
}

/**
 * PD hours per school year: minutes by kind and in total, each with hours rounded to one
 * decimal. Newest school year first. Only the fields the rule needs are read, so callers pass
 * their own rows.
 */
export function pdHoursTotals(
  activities: readonly Pick<PdActivity, "kind" | "minutes" | "schoolYear">[],
): PdHoursTotals[] {
  const minutesByYear = new Map<string, Record<PdActivityKind, number>>();
  for (const activity of activities) {
    const year = minutesByYear.get(activity.schoolYear) ?? noMinutes();
    year[activity.kind] += activity.minutes;
    minutesByYear.set(activity.schoolYear, year);
  }
  return [...minutesByYear.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([schoolYear, minutes]) => totalsOf(schoolYear, minutes));
}

/** The totals of one school year, zero when the teacher has nothing recorded in it. */
export function pdHoursTotalsFor(
  activities: readonly Pick<PdActivity, "kind" | "minutes" | "schoolYear">[],
  schoolYear: string,
): PdHoursTotals {
  return (
    pdHoursTotals(activities).find((totals) => totals.schoolYear === schoolYear) ??
    totalsOf(schoolYear, noMinutes())
  );
}

function noMinutes(): Record<PdActivityKind, number> {
  return { workshop: 0, micropd: 0, support_meeting: 0, micro_credential: 0 };
}

function totalsOf(schoolYear: string, minutes: Record<PdActivityKind, number>): PdHoursTotals {
  return {
    schoolYear,
    byKind: {
      workshop: amount(minutes.workshop),
      micropd: amount(minutes.micropd),
      support_meeting: amount(minutes.support_meeting),
      micro_credential: amount(minutes.micro_credential),
    },
    total: amount(
      minutes.workshop + minutes.micropd + minutes.support_meeting + minutes.micro_credential,
    ),
  };
}
