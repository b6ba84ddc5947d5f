import { z } from "zod";
import { releaseModeSchema, roleSchema } from "./enums.ts";
import { idSchema } from "./ids.ts";
import { teacherProgramSchema } from "./program.ts";
import { stageStatusSchema } from "./rules/stage-status.ts";
import { workshopDetailsSchema } from "./workshop.ts";

/**
 * Output shapes of the home pages and of the signed-in viewer. The API builds these from the
 * database and returns them as they are; the apps use the inferred types.
 */

const stageSummary = z.object({
  id: idSchema,
  position: z.number().int(),
  title: z.string(),
});

const sessionSummary = z.object({
  id: idSchema,
  position: z.number().int(),
  title: z.string(),
  summary: z.string(),
  estimatedMinutes: z.number().int(),
});

/** What the teacher takes next in one enrolment; mirrors the next-MicroPD-session rule. */
const nextSessionSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("available"), session: sessionSummary }),
  z.object({ kind: z.literal("scheduled"), session: sessionSummary, opensAt: z.date() }),
  z.object({ kind: z.literal("finished") }),
]);

export const teacherHomeSchema = z.object({
  person: z.object({ id: idSchema, displayName: z.string() }),
  schoolName: z.string().nullable(),
  enrolments: z.array(
    z.object({
      cohortId: idSchema,
      cohortName: z.string(),
      schoolYear: z.string(),
      releaseMode: releaseModeSchema,
      stage: stageSummary,
      status: stageStatusSchema,
      sessionsCompleted: z.number().int(),
      sessionsTotal: z.number().int(),
      workshopAttended: z.boolean(),
      /** The cohort's introductory workshop: when, where or which link, and how long. */
      workshop: workshopDetailsSchema,
      next: nextSessionSchema,
    }),
  ),
  /** Every stage of every program (by position), for links to any stage's page. */
  stages: z.array(stageSummary),
  /** The programs the teacher is in or must take, in the district's order, each a path. */
  programs: z.array(teacherProgramSchema),
});
export type TeacherHome = z.infer<typeof teacherHomeSchema>;

export const coachHomeSchema = z.object({
  teams: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      schoolName: z.string(),
      facilitatorName: z.string().nullable(),
      members: z.array(
        z.object({
          personId: idSchema,
          displayName: z.string(),
          /** Null when the member is not enrolled in any cohort. */
          stageTitle: z.string().nullable(),
          stagePosition: z.number().int().nullable(),
          status: stageStatusSchema.nullable(),
          sessionsCompleted: z.number().int(),
          sessionsTotal: z.number().int(),
        }),
      ),
    }),
  ),
});
export type CoachHome = z.infer<typeof coachHomeSchema>;

export const adminHomeSchema = z.object({
  /** A principal sees their school; a district admin sees every school. */
  scope: z.enum(["school", "district"]),
  /** Every program's stages, program by program, each with its program's title. */
  stages: z.array(stageSummary.extend({ programTitle: z.string() })),
  schools: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      teacherCount: z.number().int(),
      /** Teachers in no stage of any program. */
      notEnrolled: z.number().int(),
      /** Per stage, the teachers whose current stage of that stage's program it is. */
      byStage: z.array(z.object({ stageId: idSchema, count: z.number().int() })),
    }),
  ),
});
export type AdminHome = z.infer<typeof adminHomeSchema>;

/** The signed-in person, their district and every role they hold. */
export const viewerSchema = z.object({
  person: z.object({ id: idSchema, displayName: z.string(), email: z.string() }),
  /** `timeZone`: every date and time the apps show is written in it. */
  district: z.object({ id: idSchema, name: z.string(), timeZone: z.string() }),
  roles: z.array(
    z.object({
      role: roleSchema,
      schoolId: idSchema.nullable(),
      schoolName: z.string().nullable(),
    }),
  ),
});
export type Viewer = z.infer<typeof viewerSchema>;

const appAccessSchema = z.discriminatedUnion("allowed", [
  z.object({ allowed: z.literal(true), reviewsOnly: z.literal(true).optional() }),
  z.object({ allowed: z.literal(false), message: z.string() }),
]);

/**
 * What `viewer.me` answers: the viewer, which apps they may open, and what they administer (the
 * whole district, or the schools they lead). These are the decisions of the access rules
 * (`rules/access-scope.ts`) the API itself runs on, so no app decides from roles.
 */
export const signedInViewerSchema = viewerSchema.extend({
  access: z.object({ teacher: appAccessSchema, coach: appAccessSchema, admin: appAccessSchema }),
  administers: z.object({
    district: z.boolean(),
    schools: z.union([z.literal("all"), z.array(idSchema)]),
  }),
});
