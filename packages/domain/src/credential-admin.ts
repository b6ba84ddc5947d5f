import { z } from "zod";
import { evidenceRequirementSchema, passingRuleSchema, rubricSchema } from "./credential.ts";
import { fieldIssue } from "./field-issue.ts";
import { idSchema, requiredText } from "./ids.ts";
import { textRule } from "./text.ts";

/*
 * What a district admin sends while defining micro-credentials, naming reviewers and setting
 * how reviews work. Built on the shapes of `credential.ts`, so a saved definition is exactly what
 * teachers and reviewers read.
 */

/**
 * A definition key made from a label ("Student work samples" → "student_work_samples"), so
 * admins never type keys. Always matches `definitionKeySchema` for any label with a letter.
 */
export function keyFromLabel(label: string, fallback = "item"): string {
  const slug = label
    .normalize("NFKD")
    // Accents come apart under NFKD; dropping the marks keeps "É" as "e".
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^[^a-z]+/, "")
    .replace(/_+$/, "")
    .slice(0, 40)
    .replace(/_+$/, "");
  return slug.length > 0 ? slug : fallback;
}

/** Keys made from labels, with a number added where two labels give the same key. */
export function uniqueKeys(labels: readonly string[], fallback: string): string[] {
  const seen = new Map<string, number>();
  return labels.map((label) => {
    const base = keyFromLabel(label, fallback);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base.slice(0, 36)}_${count}`;
  });
}

/** File storage scopes every key to its district: an image key must start with the district's. */
export function credentialImagePrefix(districtId: string): string {
  return `${districtId}/`;
}

export const CREDENTIAL_IMAGE_TYPES = ["image/png", "image/svg+xml", "image/jpeg"] as const;
export const MAX_CREDENTIAL_IMAGE_BYTES = 1024 * 1024;

/** An uploaded image, as the upload route answered it. */
const credentialImageSchema = z.object({
  storageKey: z
    .string()
    .check(textRule({ label: "The image", singleLine: true }))
    .min(1)
    .max(300),
  contentType: z.enum(CREDENTIAL_IMAGE_TYPES, { error: "Use a PNG, SVG or JPEG image" }),
});
export type CredentialImage = z.infer<typeof credentialImageSchema>;

const MOST_PD_HOURS = 100;

export const credentialDefinitionSchema = z
  .object({
    name: requiredText({ missing: "Name the micro-credential", label: "Name", max: 120 }),
    competency: requiredText({
      missing: "Write the competency statement",
      label: "Competency",
      max: 2000,
    }),
    keyMethod: requiredText({ missing: "Name the key method", label: "Key method", max: 200 }),
    criteriaNarrative: requiredText({
      missing: "Describe what earning it takes",
      label: "Criteria",
      max: 4000,
    }),
    stageId: idSchema.nullable(),
    /** Null: the district's own credential, open across all its programs. */
    programId: idSchema.nullable().default(null),
    indicatorIds: z.array(idSchema).max(40).default([]),
    requirements: z
      .array(evidenceRequirementSchema)
      .min(1, "Add at least one evidence requirement")
      .max(12),
    rubric: rubricSchema,
    passingRule: passingRuleSchema,
    pdHours: z
      .number({ error: "Enter the PD hours" })
      .min(0, "PD hours cannot be negative")
      .max(MOST_PD_HOURS, `PD hours must be ${MOST_PD_HOURS} or fewer`),
    validityMonths: z
      .number()
      .int("Enter whole months")
      .min(1, "Enter at least one month, or leave it empty")
      .max(120, "Enter 120 months or fewer")
      .nullable(),
    /** Undefined: keep the current image; null: no image (the generated one). */
    image: credentialImageSchema.nullable().optional(),
  })
  .superRefine((definition, ctx) => {
    const keys = definition.requirements.map((requirement) => requirement.key);
    keys.forEach((key, index) => {
      if (keys.indexOf(key) !== index) {
        fieldIssue(ctx, ["requirements", index, "label"], "Two requirements have the same name");
      }
    });
    const levels = definition.rubric.levels.map((level) => level.key);
    const minimum = levels.indexOf(definition.passingRule.minimumLevel);
    if (minimum === -1) {
      fieldIssue(ctx, ["passingRule", "minimumLevel"], "Choose one of the rubric's levels");
    } else if (minimum === 0 && definition.passingRule.allowedOneBelow > 0) {
      fieldIssue(ctx, ["passingRule", "allowedOneBelow"], "Nothing sits below the lowest level");
    }
    if (definition.passingRule.allowedOneBelow >= definition.rubric.criteria.length) {
      fieldIssue(
        ctx,
        ["passingRule", "allowedOneBelow"],
        "Allow fewer criteria below than the rubric has",
      );
    }
  });
export type CredentialDefinition = z.infer<typeof credentialDefinitionSchema>;
export type CredentialDefinitionInput = z.input<typeof credentialDefinitionSchema>;

export const credentialIdInputSchema = z.object({ credentialId: idSchema });

export const updateCredentialInputSchema = z.object({
  credentialId: idSchema,
  definition: credentialDefinitionSchema,
});

export const setArchivedInputSchema = z.object({
  credentialId: idSchema,
  archived: z.boolean(),
});

export const leadReviewerInputSchema = z.object({
  credentialId: idSchema,
  personId: idSchema,
});

export const reviewSettingsSchema = z.object({
  excludesCoached: z.boolean(),
  blind: z.boolean(),
  reviewsRequired: z.union([z.literal(1), z.literal(2)], { error: "Choose one or two reviews" }),
  waitingDays: z
    .number({ error: "Enter a number of days" })
    .int("Enter whole days")
    .min(1, "Enter at least one day")
    .max(60, "Enter 60 days or fewer"),
});
export type ReviewSettings = z.infer<typeof reviewSettingsSchema>;

export const awardedBadgesInputSchema = z.object({
  search: z
    .string()
    .check(textRule({ label: "Search text", singleLine: true }))
    .trim()
    .max(120)
    .default(""),
});

export const revokeBadgeInputSchema = z.object({
  badgeId: idSchema,
  reason: requiredText({ missing: "Give a reason for revoking", label: "Reason", max: 1000 }),
});

/** An awarded badge's standing for the admin list. */
type BadgeStanding = "active" | "revoked" | "expired";

export function badgeStanding(
  badge: { revokedAt: Date | null; validUntil: Date | null },
  now: Date,
): BadgeStanding {
  if (badge.revokedAt !== null) return "revoked";
  if (badge.validUntil !== null && badge.validUntil.getTime() <= now.getTime()) return "expired";
  return "active";
}

/** Days a certification may have left before the admin list flags it. */
const CERTIFICATION_WARNING_DAYS = 60;

type CertificationStanding = "lead" | "current" | "expiring" | "expired";

export function certificationStanding(expiresAt: Date, now: Date): CertificationStanding {
  const left = expiresAt.getTime() - now.getTime();
  if (left <= 0) return "expired";
  return left <= CERTIFICATION_WARNING_DAYS * 86_400_000 ? "expiring" : "current";
}
