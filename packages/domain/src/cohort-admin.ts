import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import { schoolYearSchema } from "./cohort.ts";
import { enrolmentStatusSchema, releaseModeSchema } from "./enums.ts";
import { fieldIssue } from "./field-issue.ts";
import {
  calendarDateSchema,
  idSchema,
  nameSchema,
  optionalText,
  optionalWebUrlSchema,
  requiredText,
  timestampSchema,
} from "./ids.ts";
import { addDaysToDay } from "./local-time.ts";
import { stageStatusSchema } from "./rules/stage-status.ts";
import { textRule } from "./text.ts";

/*
 * Setting up cohorts in the admin console: a principal or district admin creates a cohort for a
 * stage and school year, picks its coach and pace, schedules its workshop and enrols teachers.
 */

/** Most teachers one enrolment may carry: a large school, with room to spare. */
const maxEnrolmentBatch = 500;

/** The stage's introductory workshop as the admin schedules it; every part may come later. */
const workshopPlanSchema = z.object({
  startsAt: timestampSchema.nullable(),
  minutes: z
    .number({ error: "Workshop length must be a number of minutes" })
    .int("Workshop length must be a whole number of minutes")
    .min(0, "Workshop length cannot be negative")
    .max(1440, "A workshop lasts a day (1440 minutes) at most"),
  location: optionalText({ label: "Location" }),
  videoUrl: optionalWebUrlSchema,
  description: optionalText({ label: "Description", max: 4000 }),
});

/**
 * How a cohort's sessions open. A dated cohort opens the first session on `firstReleaseOn` and
 * each next one `daysBetweenSessions` later; a self-paced cohort ignores both.
 */
const releaseFields = {
  releaseMode: releaseModeSchema,
  firstReleaseOn: calendarDateSchema.nullable(),
  daysBetweenSessions: z
    .number({ error: "Days between sessions must be a number" })
    .int("Days between sessions must be a whole number")
    .min(1, "Leave at least 1 day between sessions")
    .max(28, "Leave at most 28 days between sessions")
    .nullable(),
};

type ReleaseFields = {
  releaseMode: z.infer<typeof releaseModeSchema>;
  firstReleaseOn: string | null;
  daysBetweenSessions: number | null;
};

/** A dated cohort needs both dates' parts; the issues name the missing field. */
function requireDatedFields(value: ReleaseFields, ctx: z.RefinementCtx): void {
  if (value.releaseMode !== "dated") return;
  if (value.firstReleaseOn === null) {
    fieldIssue(ctx, ["firstReleaseOn"], "Choose the day the first session opens");
  }
  if (value.daysBetweenSessions === null) {
    fieldIssue(ctx, ["daysBetweenSessions"], "Choose how many days apart the sessions open");
  }
}

export const createCohortAdminInputSchema = z
  .object({
    // A form's empty choice arrives as "": ask for the choice, not for a valid id.
    schoolId: z.uuid({ error: "Choose a school" }),
    stageId: z.uuid({ error: "Choose a stage" }),
    name: nameSchema,
    schoolYear: schoolYearSchema,
    coachId: idSchema.nullable(),
    ...releaseFields,
    workshop: workshopPlanSchema,
  })
  .superRefine(requireDatedFields);
export type CreateCohortAdminInput = z.infer<typeof createCohortAdminInputSchema>;

/** The settings that may change after a cohort is created: its coach, pace and workshop. */
export const updateCohortAdminInputSchema = z
  .object({
    cohortId: idSchema,
    coachId: idSchema.nullable(),
    ...releaseFields,
    workshop: workshopPlanSchema,
  })
  .superRefine(requireDatedFields);
export type UpdateCohortAdminInput = z.infer<typeof updateCohortAdminInputSchema>;

/**
 * Enrolling someone who has not completed the stages before this one is an admin's decision
 * for that person, with the reason, recorded on the enrolment.
 */
const stageOverrideSchema = z.object({
  personId: idSchema,
  reason: requiredText({
    missing: "Say why this teacher joins before completing the earlier stages",
    label: "The reason",
    max: 500,
  }),
});
export type StageOverride = z.infer<typeof stageOverrideSchema>;

export const enrolTeachersInputSchema = z
  .object({
    cohortId: idSchema,
    personIds: z
      .array(idSchema, { error: "Choose the teachers to enrol" })
      .min(1, "Choose at least one teacher to enrol")
      .max(maxEnrolmentBatch, `Enrol at most ${maxEnrolmentBatch} teachers at a time`)
      .refine((ids) => new Set(ids).size === ids.length, "Each teacher can be chosen only once"),
    /** People enrolled although they have not completed the earlier stages, each with why. */
    overrides: z.array(stageOverrideSchema).max(maxEnrolmentBatch).default([]),
  })
  .superRefine((input, context) => {
    const chosen = new Set(input.personIds);
    input.overrides.forEach((override, index) => {
      if (!chosen.has(override.personId)) {
        fieldIssue(
          context,
          ["overrides", index, "personId"],
          "An override is for a teacher chosen to enrol",
        );
      }
    });
  });

export const withdrawEnrolmentInputSchema = z.object({ enrolmentId: idSchema });

export const cohortAdminIdInputSchema = z.object({ cohortId: idSchema });

/** Three ways to find teachers to enrol: a team's members, the whole school, or a name search. */
const candidateSourceSchema = z.enum(["team", "school", "search"]);
export type CandidateSource = z.infer<typeof candidateSourceSchema>;

export const enrolCandidatesInputSchema = z
  .object({
    cohortId: idSchema,
    by: candidateSourceSchema,
    teamId: idSchema.nullable().optional(),
    query: z
      .string({ error: "Enter a name or email to search for" })
      .check(textRule({ label: "Search text", singleLine: true }))
      .trim()
      .max(200, "Search for 200 characters or fewer")
      .optional(),
  })
  .superRefine((value, ctx) => {
    if (value.by === "team" && !value.teamId) {
      fieldIssue(ctx, ["teamId"], "Choose a team");
    }
    if (value.by === "search" && (value.query ?? "").length < 2) {
      fieldIssue(ctx, ["query"], "Enter at least 2 letters of a name or email");
    }
  });

/** When each session of a dated cohort opens. */
interface SessionReleaseDate {
  sessionId: string;
  releasesAt: Date;
}

/**
 * The opening dates of a dated cohort: the sessions in the order given, the first on
 * `firstReleaseOn`, each next one `daysBetweenSessions` later, each at the start of its day in
 * the district's time zone (so "opens on Monday" means Monday morning where the teachers are).
 */
export function releaseDates(params: {
  sessionIds: readonly string[];
  firstReleaseOn: string;
  daysBetweenSessions: number;
  timeZone: string;
}): SessionReleaseDate[] {
  return params.sessionIds.map((sessionId, index) => {
    const day = addDaysToDay(params.firstReleaseOn, index * params.daysBetweenSessions);
    const [year, month, date] = day.split("-").map(Number);
    const startOfDay = new TZDate(year ?? 0, (month ?? 1) - 1, date ?? 1, params.timeZone);
    return { sessionId, releasesAt: new Date(startOfDay.getTime()) };
  });
}

const personSummary = z.object({ id: idSchema, displayName: z.string() });

/** One row of the cohorts table. */
const cohortListItemSchema = z.object({
  id: idSchema,
  name: z.string(),
  schoolYear: z.string(),
  school: z.object({ id: idSchema, name: z.string() }),
  stage: z.object({ id: idSchema, position: z.number().int(), title: z.string() }),
  coach: personSummary.nullable(),
  releaseMode: releaseModeSchema,
  enrolledCount: z.number().int(),
});
export type CohortListItem = z.infer<typeof cohortListItemSchema>;

const cohortEnrolmentRowSchema = z.object({
  enrolmentId: idSchema,
  personId: idSchema,
  displayName: z.string(),
  email: z.string(),
  status: enrolmentStatusSchema,
  enrolledAt: timestampSchema,
});

/** A cohort with its settings, release dates, enrolments and the teams of its school. */
const cohortAdminDetailSchema = cohortListItemSchema.extend({
  workshop: z.object({
    startsAt: timestampSchema.nullable(),
    minutes: z.number().int(),
    location: z.string().nullable(),
    videoUrl: z.string().nullable(),
    description: z.string().nullable(),
  }),
  releases: z.array(
    z.object({
      sessionId: idSchema,
      position: z.number().int(),
      title: z.string(),
      releasesAt: timestampSchema,
    }),
  ),
  enrolments: z.array(cohortEnrolmentRowSchema),
  teams: z.array(z.object({ id: idSchema, name: z.string() })),
});
export type CohortAdminDetail = z.infer<typeof cohortAdminDetailSchema>;

/**
 * A teacher who could be enrolled, and where they stand: in this cohort already (active or
 * completed), withdrawn from it (enrolling re-activates), active in another cohort of the same
 * stage (not enrolled twice), or free to enrol.
 */
const candidateStandingSchema = z.enum(["enrolled", "withdrawn", "other_cohort", "free"]);
export type CandidateStanding = z.infer<typeof candidateStandingSchema>;

const enrolCandidateSchema = z.object({
  personId: idSchema,
  displayName: z.string(),
  email: z.string(),
  standing: candidateStandingSchema,
  /** The other cohort of the stage, when `standing` is "other_cohort". */
  otherCohortName: z.string().nullable(),
  /** The furthest stage the teacher is enrolled in, and how far they are; null when none. */
  currentStage: z
    .object({ position: z.number().int(), title: z.string(), status: stageStatusSchema })
    .nullable(),
  /** Why they are held back from this cohort's stage ("Stage 1 not complete"); null if not. */
  heldBackReason: z.string().nullable(),
});
export type EnrolCandidate = z.infer<typeof enrolCandidateSchema>;

/** What a bulk enrolment did, teacher by teacher counted. */
const enrolResultSchema = z.object({
  enrolled: z.number().int(),
  reactivated: z.number().int(),
  alreadyEnrolled: z.number().int(),
  inOtherCohort: z.number().int(),
  /** Enrolled by the admin's override although earlier stages are not complete. */
  overridden: z.number().int(),
  /** Not enrolled (and not told) because earlier stages are not complete, with the reason. */
  heldBack: z.array(z.object({ personId: idSchema, displayName: z.string(), reason: z.string() })),
});
export type EnrolResult = z.infer<typeof enrolResultSchema>;

/** What the new-cohort form chooses from: the viewer's schools, the stages and the coaches. */
const cohortFormOptionsSchema = z.object({
  schools: z.array(z.object({ id: idSchema, name: z.string() })),
  stages: z.array(z.object({ id: idSchema, position: z.number().int(), title: z.string() })),
  coaches: z.array(personSummary),
  currentSchoolYear: z.string(),
});
export type CohortFormOptions = z.infer<typeof cohortFormOptionsSchema>;
