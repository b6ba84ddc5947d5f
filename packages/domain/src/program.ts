import { z } from "zod";
import { roleSchema } from "./enums.ts";
import { idSchema, requiredText } from "./ids.ts";
import { stageStatusSchema } from "./rules/stage-status.ts";
import { textRule } from "./text.ts";

/*
 * Programs: the initiatives a district runs side by side (its instructional framework,
 * proficiency-based learning, classroom technology…), each with its own line of stages. What a
 * district admin sends to manage them, and what the apps read of them.
 */

const programFields = z.object({
  title: requiredText({
    missing: "Enter the program's name",
    label: "Name",
    max: 120,
    singleLine: true,
  }),
  summary: z
    .string({ error: "Summary must be text" })
    .check(textRule({ label: "Summary" }))
    .trim()
    .max(600, "Summary must be 600 characters or fewer"),
});

export const createProgramInputSchema = programFields;

export const updateProgramInputSchema = programFields.extend({ programId: idSchema });

/** Archived programs keep their stages and every teacher's record; they take no new stages. */
export const archiveProgramInputSchema = z.object({
  programId: idSchema,
  archived: z.boolean({ error: "Say whether the program is archived" }),
});

/** Every program of the district, in the order it should have. */
export const reorderProgramsInputSchema = z.object({
  programIds: z
    .array(idSchema)
    .min(1, "List the programs in their new order")
    .max(30, "A district runs at most 30 programs"),
});

/** The roles a program can be required of: the people who learn through programs. */
const requirableRoleSchema = roleSchema.exclude(["district_admin"], {
  error: "Choose teachers, coaches or principals",
});

/** Who must take a program: everyone in a role, in the whole district (school null) or one school. */
const programRequirementSchema = z.object({
  role: requirableRoleSchema,
  schoolId: idSchema.nullable(),
});

/** The program's whole list of requirements, replacing the one it had; empty makes it optional. */
export const setProgramRequirementsInputSchema = z.object({
  programId: idSchema,
  requirements: z
    .array(programRequirementSchema)
    .max(40, "A program can have at most 40 requirements"),
});

const stageSummary = z.object({ id: idSchema, position: z.number().int(), title: z.string() });

/**
 * One program as a teacher's home and path show it: its stages in order, whether the district
 * requires it of them, and their place in it (the furthest stage they are in, with its status).
 */
export const teacherProgramSchema = z.object({
  id: idSchema,
  title: z.string(),
  summary: z.string(),
  required: z.boolean(),
  stages: z.array(stageSummary),
  current: z.object({ stageId: idSchema, status: stageStatusSchema }).nullable(),
});
export type TeacherProgram = z.infer<typeof teacherProgramSchema>;
