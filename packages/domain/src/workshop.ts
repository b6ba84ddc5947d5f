import { z } from "zod";
import { releaseModeSchema } from "./enums.ts";
import { idSchema } from "./ids.ts";
import { stageStatusSchema } from "./rules/stage-status.ts";

/** A cohort's introductory workshop: when, where (a room or a video link), what, how long. */
export const workshopDetailsSchema = z.object({
  startsAt: z.date().nullable(),
  location: z.string().nullable(),
  videoUrl: z.string().nullable(),
  description: z.string().nullable(),
  /** Counts toward the attendees' PD hours. */
  minutes: z.number().int().nonnegative(),
});

export const cohortIdInputSchema = z.object({ cohortId: idSchema });

export const markAttendanceInputSchema = z.object({
  cohortId: idSchema,
  personId: idSchema,
  attended: z.boolean({ error: "Say whether the teacher attended" }),
});

/** A coach or admin confirms that a teacher ready for review has completed the stage. */
export const confirmStageInputSchema = z.object({ enrolmentId: idSchema });

const stageSummary = z.object({ id: idSchema, position: z.number().int(), title: z.string() });

/** A cohort the viewer may manage, for the coach's cohort list. */
const managedCohortSchema = z.object({
  id: idSchema,
  name: z.string(),
  schoolYear: z.string(),
  schoolName: z.string(),
  stage: stageSummary,
  workshopStartsAt: z.date().nullable(),
  enrolledCount: z.number().int(),
  attendedCount: z.number().int(),
});
export type ManagedCohort = z.infer<typeof managedCohortSchema>;

/** One cohort's workshop and its roster with attendance and stage status. */
const cohortWorkshopSchema = z.object({
  cohort: z.object({
    id: idSchema,
    name: z.string(),
    schoolYear: z.string(),
    schoolName: z.string(),
    releaseMode: releaseModeSchema,
    stage: stageSummary.extend({ requiresConfirmation: z.boolean() }),
  }),
  workshop: workshopDetailsSchema,
  roster: z.array(
    z.object({
      enrolmentId: idSchema,
      personId: idSchema,
      displayName: z.string(),
      email: z.string(),
      workshopAttended: z.boolean(),
      status: stageStatusSchema,
      sessionsCompleted: z.number().int(),
      sessionsTotal: z.number().int(),
    }),
  ),
  /** The cohort's coach, its school's principal and district admins confirm stage completion. */
  canConfirm: z.boolean(),
});
export type CohortWorkshop = z.infer<typeof cohortWorkshopSchema>;

/** What happened to a teacher's path after a change that can complete a stage. */
const progressionOutcomeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("not_complete"), status: stageStatusSchema }),
  z.object({ kind: z.literal("finished") }),
  z.object({ kind: z.literal("already_open"), stage: stageSummary }),
  z.object({ kind: z.literal("no_cohort"), stage: stageSummary }),
  z.object({
    kind: z.literal("enrolled"),
    stage: stageSummary,
    cohortId: idSchema,
    cohortName: z.string(),
  }),
]);
export type ProgressionOutcome = z.infer<typeof progressionOutcomeSchema>;
