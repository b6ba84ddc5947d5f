import { z } from "zod";
import { schoolYearSchema } from "./cohort.ts";
import { localDay } from "./local-time.ts";
import { schoolYearFor } from "./rules/school-year.ts";

/** What a teacher spent professional-learning time on. */
export const pdActivityKindSchema = z.enum([
  "workshop",
  "micropd",
  "support_meeting",
  "micro_credential",
  "coaching",
]);
type PdActivityKind = z.infer<typeof pdActivityKindSchema>;

/** How each kind is named to people (tables, CSV). */
export const pdActivityKindLabels: Record<PdActivityKind, string> = {
  workshop: "Workshop",
  micropd: "MicroPD session",
  support_meeting: "Support meeting",
  micro_credential: "Micro-credential",
  coaching: "Coaching",
};

/** One line of the transcript. */
const pdActivitySchema = z.object({
  date: z.date(),
  /** The calendar day it happened on in the district's time zone, "2026-11-21": what people read. */
  day: z.string(),
  kind: pdActivityKindSchema,
  title: z.string(),
  minutes: z.number().int().nonnegative(),
  /** The line's hours as shown, rounded once to one decimal; totals add these up. */
  hours: z.number().nonnegative(),
  /** The school year the activity counts toward, "2026-27". */
  schoolYear: schoolYearSchema,
});
export type PdActivity = z.infer<typeof pdActivitySchema>;

/** An activity as stored: the moment it happened; a workshop also names its cohort's year. */
export interface PdActivityFact {
  date: Date;
  kind: PdActivityKind;
  title: string;
  minutes: number;
  /** Set when the year is not the activity's own (a workshop counts toward its cohort's). */
  schoolYear: string | null;
  /** Set when the activity is recorded as a calendar day (a logged coaching interaction). */
  day?: string;
}

/**
 * The transcript's lines from the stored activities: each dated by its calendar day in the
 * district's time zone (a meeting at 11:30 PM in Chicago is on that day, not the next UTC one),
 * its school year read from that day, and its hours rounded once.
 */
export function pdActivitiesIn(facts: readonly PdActivityFact[], timeZone: string): PdActivity[] {
  return facts.map((fact) => {
    const day = fact.day ?? localDay(fact.date, timeZone);
    return {
      date: fact.date,
      day,
      kind: fact.kind,
      title: fact.title,
      minutes: fact.minutes,
      hours: minutesToHours(fact.minutes),
      schoolYear: fact.schoolYear ?? schoolYearFor(new Date(`${day}T12:00:00Z`)),
    };
  });
}

const amountSchema = z.object({
  minutes: z.number().int().nonnegative(),
  /** The sum of the lines' hours as shown (each rounded once), so the lines add up to it. */
  hours: z.number().nonnegative(),
});
type PdAmount = z.infer<typeof amountSchema>;

const pdHoursTotalsSchema = z.object({
  schoolYear: schoolYearSchema,
  byKind: z.object({
    workshop: amountSchema,
    micropd: amountSchema,
    support_meeting: amountSchema,
    micro_credential: amountSchema,
    coaching: amountSchema,
  }),
  total: amountSchema,
});
export type PdHoursTotals = z.infer<typeof pdHoursTotalsSchema>;

/** The teacher's transcript for one school year; blank year means the current one. */
export const transcriptInputSchema = z
  .object({ schoolYear: schoolYearSchema.optional() })
  .optional();

const transcriptSchema = z.object({
  person: z.object({ displayName: z.string() }),
  /** The district's time zone, which every line's `day` is read in ("America/Chicago"). */
  timeZone: z.string(),
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

/** Tenths of an hour of one line, as shown: the unit totals are summed in, exactly. */
function tenthsOf(minutes: number): number {
  return Math.round(minutesToHours(minutes) * 10);
}

/**
 * The hours of several lines as a reader adds them up: the sum of each line's rounded hours
 * (5.4 h for lines of 1.8 h each, never the 5.2 h their minutes would round to together).
 */
export function hoursOfLines(lines: readonly Pick<PdActivity, "minutes">[]): PdAmount {
  return {
    minutes: lines.reduce((total, line) => total + line.minutes, 0),
    hours: lines.reduce((total, line) => total + tenthsOf(line.minutes), 0) / 10,
  };
}

interface Tally {
  minutes: number;
  tenths: number;
}

function amount(tally: Tally): PdAmount {
  return { minutes: tally.minutes, hours: tally.tenths / 10 };
}

/**
 * PD hours per school year: minutes and hours by kind and in total, the hours being the sum of
 * the lines' rounded hours so a transcript's lines add up to its totals. Newest school year
 * first. Only the fields the rule needs are read, so callers pass their own rows.
 */
export function pdHoursTotals(
  activities: readonly Pick<PdActivity, "kind" | "minutes" | "schoolYear">[],
): PdHoursTotals[] {
  const byYear = new Map<string, Record<PdActivityKind, Tally>>();
  for (const activity of activities) {
    const year = byYear.get(activity.schoolYear) ?? noMinutes();
    year[activity.kind].minutes += activity.minutes;
    year[activity.kind].tenths += tenthsOf(activity.minutes);
    byYear.set(activity.schoolYear, year);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([schoolYear, tallies]) => totalsOf(schoolYear, tallies));
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

function noMinutes(): Record<PdActivityKind, Tally> {
  const none = () => ({ minutes: 0, tenths: 0 });
  return {
    workshop: none(),
    micropd: none(),
    support_meeting: none(),
    micro_credential: none(),
    coaching: none(),
  };
}

function totalsOf(schoolYear: string, tallies: Record<PdActivityKind, Tally>): PdHoursTotals {
  const all = Object.values(tallies);
  return {
    schoolYear,
    byKind: {
      workshop: amount(tallies.workshop),
      micropd: amount(tallies.micropd),
      support_meeting: amount(tallies.support_meeting),
      micro_credential: amount(tallies.micro_credential),
      coaching: amount(tallies.coaching),
    },
    total: amount({
      minutes: all.reduce((total, tally) => total + tally.minutes, 0),
      tenths: all.reduce((total, tally) => total + tally.tenths, 0),
    }),
  };
}
