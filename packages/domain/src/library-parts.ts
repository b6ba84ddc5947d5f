import { z } from "zod";
import { evidenceRequirementSchema, passingRuleSchema, rubricSchema } from "./credential.ts";
import { credentialDefinitionSchema } from "./credential-admin.ts";
import { contentBlockSchema } from "./framework.ts";
import { createStageDraftSchema, mostBlocks, saveSessionInputSchema } from "./framework-admin.ts";
import { idSchema, requiredText } from "./ids.ts";
import { createProgramInputSchema } from "./program.ts";

/*
 * The pieces library packages are made of: a session with its blocks, a stage of sessions, a
 * program of stages, and a micro-credential's definition. Each piece carries a `key` that stays
 * the same from version to version (its source's id), so an update can say what changed.
 */

export const libraryLicenses = [
  "CC BY 4.0",
  "CC BY-SA 4.0",
  "CC BY-NC 4.0",
  "CC BY-NC-SA 4.0",
] as const;
export const libraryLicenseSchema = z.enum(libraryLicenses, {
  error: "Choose a license: CC BY, CC BY-SA, CC BY-NC or CC BY-NC-SA 4.0",
});
export type LibraryLicense = z.infer<typeof libraryLicenseSchema>;

const indicatorCodesSchema = z
  .array(
    requiredText({
      missing: "Enter the indicator's code",
      label: "Indicator code",
      max: 40,
      singleLine: true,
    }),
  )
  .max(40, "At most 40 indicators");

const sessionFields = saveSessionInputSchema
  .pick({
    title: true,
    summary: true,
    estimatedMinutes: true,
    reflectionPrompts: true,
    afterLessonPrompts: true,
  })
  .extend({
    // The blocks as teachers' pages read them (the editor's stricter video rule is for authoring).
    blocks: z
      .array(contentBlockSchema)
      .min(1, "Each session needs at least one block")
      .max(mostBlocks, `A session can have at most ${mostBlocks} blocks`),
  });

/** One session; indicators travel by code and link to the importer's indicators of that code. */
export const packagedSessionSchema = sessionFields.extend({
  key: idSchema,
  indicatorCodes: indicatorCodesSchema,
});
export type PackagedSession = z.infer<typeof packagedSessionSchema>;

/** A stage with its sessions. `key` is optional: stage packages of format 1 had none. */
export const packagedStageSchema = createStageDraftSchema.omit({ programId: true }).extend({
  key: idSchema.optional(),
  sessions: z
    .array(packagedSessionSchema)
    .min(1, "A stage needs at least one session")
    .max(200, "A stage has at most 200 sessions"),
});
export type PackagedStage = z.infer<typeof packagedStageSchema>;

/** A program: its title and description (not its requirements) and its stages in order. */
export const packagedProgramSchema = createProgramInputSchema.extend({
  stages: z
    .array(packagedStageSchema.required({ key: true }))
    .min(1, "A program package has at least one stage")
    .max(50, "A program package has at most 50 stages"),
});
export type PackagedProgram = z.infer<typeof packagedProgramSchema>;

/**
 * A micro-credential's current definition and badge details. Its stage, image file, reviewers
 * and calibration samples (other teachers' work) stay with the publisher.
 */
export const packagedCredentialSchema = z.object({
  key: idSchema,
  name: credentialDefinitionSchema.shape.name,
  competency: credentialDefinitionSchema.shape.competency,
  keyMethod: credentialDefinitionSchema.shape.keyMethod,
  criteriaNarrative: credentialDefinitionSchema.shape.criteriaNarrative,
  requirements: z.array(evidenceRequirementSchema).min(1).max(12),
  rubric: rubricSchema,
  passingRule: passingRuleSchema,
  pdHours: credentialDefinitionSchema.shape.pdHours,
  validityMonths: credentialDefinitionSchema.shape.validityMonths,
  indicatorCodes: indicatorCodesSchema,
});
export type PackagedCredential = z.infer<typeof packagedCredentialSchema>;
