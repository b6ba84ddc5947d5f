import { z } from "zod";
import { enrolmentStatusSchema, releaseModeSchema } from "./enums.ts";
import { idSchema, nameSchema, timestampSchema } from "./ids.ts";
import { textRule } from "./text.ts";

const schoolYearMessage = "Enter a school year like 2026-27";

/** "2026-27": the year it starts, a hyphen, and the last two digits of the next year. */
export const schoolYearSchema = z
  .string({ error: schoolYearMessage })
  .check(textRule({ label: "The school year", singleLine: true }))
  .trim()
  .regex(/^\d{4}-\d{2}$/, schoolYearMessage)
  .refine((value) => {
    const start = Number(value.slice(0, 4));
    const end = Number(value.slice(5));
    return (start + 1) % 100 === end;
  }, "The two years must follow each other, like 2026-27");
export type SchoolYear = z.infer<typeof schoolYearSchema>;

/** Teachers going through one stage together in one school year, with a coach and a pace. */
export const cohortSchema = z.object({
  id: idSchema,
  schoolId: idSchema,
  stageId: idSchema,
  name: nameSchema,
  schoolYear: schoolYearSchema,
  coachId: idSchema.nullable(),
  releaseMode: releaseModeSchema,
});
export type Cohort = z.infer<typeof cohortSchema>;

export const createCohortInputSchema = cohortSchema.omit({ id: true });
export type CreateCohortInput = z.infer<typeof createCohortInputSchema>;

export const updateCohortInputSchema = cohortSchema
  .pick({ name: true, coachId: true, releaseMode: true })
  .partial()
  .extend({ id: idSchema });
export type UpdateCohortInput = z.infer<typeof updateCohortInputSchema>;

export const enrolmentSchema = z.object({
  cohortId: idSchema,
  personId: idSchema,
  status: enrolmentStatusSchema,
  enrolledAt: timestampSchema,
});
export type Enrolment = z.infer<typeof enrolmentSchema>;

export const enrolInputSchema = z.object({
  cohortId: idSchema,
  personIds: z
    .array(idSchema)
    .min(1, "Choose at least one teacher to enrol")
    .refine((ids) => new Set(ids).size === ids.length, "Each teacher can be enrolled only once"),
});
export type EnrolInput = z.infer<typeof enrolInputSchema>;

export const setEnrolmentStatusInputSchema = enrolmentSchema.pick({
  cohortId: true,
  personId: true,
  status: true,
});
export type SetEnrolmentStatusInput = z.infer<typeof setEnrolmentStatusInputSchema>;
