import { z } from "zod";
import { calendarDateSchema, idSchema, optionalText, wholeNumber } from "./ids.ts";

/*
 * The coaching log: interactions a coach has with teachers that are neither a support meeting
 * nor an observation. The note and the indicators are coaching content (the observations'
 * privacy rule, `coachingInteractionAccess`); the kind, day, minutes and coach are the facts
 * that the teacher's record and the district's workload counts show.
 */

/** The kinds of coaching interaction a coach logs (meetings and observations have their own records). */
export const coachingInteractionKindSchema = z.enum([
  "co_teaching",
  "modelling",
  "debrief",
  "planning",
  "check_in",
]);
export type CoachingInteractionKind = z.infer<typeof coachingInteractionKindSchema>;

export const coachingInteractionKindLabels: Record<CoachingInteractionKind, string> = {
  co_teaching: "Co-teaching",
  modelling: "Modelling a lesson",
  debrief: "Debrief",
  planning: "Planning together",
  check_in: "Quick check-in",
};

/** The longest interaction one entry may hold: a full school day. */
const COACHING_INTERACTION_MAX_MINUTES = 600;

export const logCoachingInteractionInputSchema = z.object({
  kind: coachingInteractionKindSchema,
  occurredOn: calendarDateSchema,
  minutes: wholeNumber("Minutes", 1).max(
    COACHING_INTERACTION_MAX_MINUTES,
    `One entry can hold at most ${COACHING_INTERACTION_MAX_MINUTES} minutes`,
  ),
  /** Teachers of the coach's caseload it was with (several for planning or co-teaching). */
  teacherIds: z
    .array(idSchema)
    .min(1, "Choose the teacher you worked with")
    .max(30, "Choose at most 30 teachers")
    .refine((ids) => new Set(ids).size === ids.length, "Each teacher can be chosen once"),
  indicatorIds: z
    .array(idSchema)
    .max(8, "Choose at most 8 indicators")
    .refine((ids) => new Set(ids).size === ids.length, "Each indicator can be chosen once"),
  /** Private coaching note: the teacher and their coaches read it, principals never do. */
  note: optionalText({ label: "Note", max: 4000 }),
});
export type LogCoachingInteractionInput = z.infer<typeof logCoachingInteractionInputSchema>;

/** How many weeks back the workload pages show besides the current week. */
export const WORKLOAD_PAST_WEEKS = 8;

export const coachingLogInputSchema = z
  .object({ weeks: wholeNumber("Weeks", 1).max(52, "Ask for at most 52 weeks").optional() })
  .optional();

export const teacherCoachingInputSchema = z.object({ teacherId: idSchema });

export const coachingPdSettingInputSchema = z.object({ coachingCountsAsPd: z.boolean() });
export type CoachingPdSetting = z.infer<typeof coachingPdSettingInputSchema>;

/** One interaction as the viewer may see it: the note and indicators only with content access. */
export interface CoachingInteractionView {
  id: string;
  kind: CoachingInteractionKind;
  occurredOn: string;
  minutes: number;
  coach: { id: string; displayName: string };
  teachers: { id: string; displayName: string }[];
  /** Null when the viewer may only know it happened. */
  note: string | null;
  indicators: { id: string; code: string; title: string }[] | null;
}

/** One week of a coach's work, Monday first. */
export interface CoachWorkloadWeek {
  /** The Monday the week starts on, "2026-11-30". */
  weekOf: string;
  interactions: number;
  minutes: number;
  /** Distinct teachers worked with that week. */
  teachersReached: number;
}

export interface CoachingLogPage {
  today: string;
  interactions: CoachingInteractionView[];
  /** Newest week first: this week, then the weeks before it. */
  weeks: CoachWorkloadWeek[];
}

export interface DistrictCoachWorkload {
  /** Newest week first, the same weeks for every coach. */
  weeksOf: string[];
  coaches: { coachId: string; displayName: string; weeks: CoachWorkloadWeek[] }[];
}
