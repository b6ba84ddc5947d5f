import { z } from "zod";
import { boundedRecord } from "./bounded-record.ts";
import { fieldIssue } from "./field-issue.ts";
import { recordKeySchema, textRule } from "./text.ts";

/*
 * A micro-credential's definition: what a teacher must show and how a reviewer judges it.
 * Definitions are versioned; a submission is judged against the version it was started on,
 * so every shape here is stored whole on the version row (jsonb) and never edited in place.
 */

/** A short stable key inside one definition (criteria, levels, requirements). */
export const definitionKeySchema = z
  .string()
  .check(textRule({ label: "A key", singleLine: true }))
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, "Use lower-case letters, digits and underscores (max 40).");

/** One performance level of the rubric, ordered from lowest to highest in `levels`. */
const rubricLevelSchema = z.object({
  key: definitionKeySchema,
  label: z
    .string()
    .check(textRule({ label: "The level's name", singleLine: true }))
    .trim()
    .min(1, "Name the level.")
    .max(60),
});
export type RubricLevel = z.infer<typeof rubricLevelSchema>;

/** One criterion (row) of the rubric with a descriptor for every level (cell). */
const rubricCriterionSchema = z.object({
  key: definitionKeySchema,
  name: z
    .string()
    .check(textRule({ label: "The criterion's name", singleLine: true }))
    .trim()
    .min(1, "Name the criterion.")
    .max(120),
  /** Level key → what work at that level looks like. */
  descriptors: boundedRecord(
    recordKeySchema,
    z
      .string()
      .check(textRule({ label: "The description" }))
      .trim()
      .min(1, "Describe this level.")
      .max(1000),
    6,
    "A rubric has at most 6 levels.",
  ),
});
export type RubricCriterion = z.infer<typeof rubricCriterionSchema>;

export const rubricSchema = z
  .object({
    levels: z.array(rubricLevelSchema).min(2, "A rubric needs at least two levels.").max(6),
    criteria: z
      .array(rubricCriterionSchema)
      .min(1, "A rubric needs at least one criterion.")
      .max(12),
  })
  .superRefine((rubric, ctx) => {
    const levelKeys = rubric.levels.map((level) => level.key);
    if (new Set(levelKeys).size !== levelKeys.length) {
      fieldIssue(ctx, ["levels"], "Level keys must be unique.");
    }
    const criterionKeys = rubric.criteria.map((criterion) => criterion.key);
    if (new Set(criterionKeys).size !== criterionKeys.length) {
      fieldIssue(ctx, ["criteria"], "Criterion keys must be unique.");
    }
    rubric.criteria.forEach((criterion, index) => {
      for (const key of levelKeys) {
        if (!criterion.descriptors[key]) {
          fieldIssue(
            ctx,
            ["criteria", index, "descriptors", key],
            "Describe every level of every criterion.",
          );
        }
      }
    });
  });
export type Rubric = z.infer<typeof rubricSchema>;

/**
 * Earned when every criterion is at `minimumLevel` or above, except that up to
 * `allowedOneBelow` criteria may sit exactly one level under it.
 */
export const passingRuleSchema = z.object({
  minimumLevel: definitionKeySchema,
  allowedOneBelow: z.number().int().min(0).max(12).default(0),
});
export type PassingRule = z.infer<typeof passingRuleSchema>;

/**
 * What a teacher must attach. `files`: documents (from plan evidence or uploads), at least
 * `minItems`, each annotated when `annotationPrompt` is set. `reflection`: written text of at
 * least `minWords` words. `link`: a URL (e.g. a lesson video).
 */
export const evidenceRequirementSchema = z.object({
  key: definitionKeySchema,
  kind: z.enum(["files", "reflection", "link"]),
  label: z
    .string()
    .check(textRule({ label: "The requirement's name", singleLine: true }))
    .trim()
    .min(1, "Name the requirement.")
    .max(120),
  instructions: z
    .string()
    .check(textRule({ label: "The instructions" }))
    .trim()
    .max(2000)
    .default(""),
  minItems: z.number().int().min(1).max(10).default(1),
  annotationPrompt: z
    .string()
    .check(textRule({ label: "The annotation prompt" }))
    .trim()
    .max(500)
    .nullable()
    .default(null),
  minWords: z.number().int().min(0).max(5000).default(0),
  optional: z.boolean().default(false),
});
export type EvidenceRequirement = z.infer<typeof evidenceRequirementSchema>;

/** Criterion key → level key. */
export const criterionScoresSchema = boundedRecord(
  recordKeySchema,
  definitionKeySchema,
  12,
  "A rubric has at most 12 criteria.",
);
export type CriterionScores = z.infer<typeof criterionScoresSchema>;

/** Criterion key → the reviewer's feedback for it. */
export const criterionFeedbackSchema = boundedRecord(
  recordKeySchema,
  z
    .string()
    .check(textRule({ label: "The feedback" }))
    .trim()
    .max(4000),
  12,
  "A rubric has at most 12 criteria.",
);
export type CriterionFeedback = z.infer<typeof criterionFeedbackSchema>;

/**
 * Calibration sample evidence: the sample is not a real teacher's work, so it is described in
 * text (and optionally links) the candidate reviewer reads before scoring.
 */
const calibrationEvidenceSchema = z.array(
  z.object({
    requirementKey: z.string(),
    title: z.string(),
    body: z.string(),
  }),
);
export type CalibrationEvidence = z.infer<typeof calibrationEvidenceSchema>;

/** How long a reviewer's certification lasts: two school years, counted in days. */
export const CERTIFICATION_DAYS = 730;
/** Share of criterion scores a candidate must match exactly to be certified. */
export const CALIBRATION_AGREEMENT_THRESHOLD = 0.8;
