import { z } from "zod";
import { definitionKeySchema } from "./credential.ts";
import type { SubmissionStatus } from "./enums.ts";
import { idSchema, webUrlSchema } from "./ids.ts";
import { textRule } from "./text.ts";

/*
 * A teacher earning a micro-credential: the inputs of the teacher's procedures and the small
 * rules the API and the teacher app share (status in words, waiting time, links).
 */

export const credentialInputSchema = z.object({ credentialId: idSchema });

export const submissionInputSchema = z.object({ submissionId: idSchema });

export const evidenceItemInputSchema = z.object({ itemId: idSchema });

/** Longest annotation, reflection and link a teacher may attach. */
const MAX_ANNOTATION_CHARS = 4000;
const MAX_REFLECTION_CHARS = 40_000;

const annotationSchema = z
  .string()
  .check(textRule({ label: "The annotation" }))
  .trim()
  .max(MAX_ANNOTATION_CHARS, `Keep the annotation under ${MAX_ANNOTATION_CHARS} characters`);

/** Only web links: a `javascript:` or `file:` address must never reach a reviewer's browser. */
const evidenceUrlSchema = z
  .string({ error: "Enter a link" })
  .check(textRule({ label: "The link", singleLine: true }))
  .trim()
  .min(1, "Enter a link")
  .max(2000, "This link is too long")
  .pipe(webUrlSchema);

const reflectionTextSchema = z
  .string()
  .check(textRule({ label: "The reflection" }))
  .max(MAX_REFLECTION_CHARS, `Keep the reflection under ${MAX_REFLECTION_CHARS} characters`);

const addCommon = { submissionId: idSchema, requirementKey: definitionKeySchema };

/** One item for a requirement: a file of my action plan, a link, or written text. */
export const addEvidenceInputSchema = z.discriminatedUnion("source", [
  z.object({
    ...addCommon,
    source: z.literal("plan_file"),
    evidenceFileId: idSchema,
    annotation: annotationSchema.default(""),
  }),
  z.object({
    ...addCommon,
    source: z.literal("link"),
    url: evidenceUrlSchema,
    annotation: annotationSchema.default(""),
  }),
  z.object({ ...addCommon, source: z.literal("text"), text: reflectionTextSchema }),
]);

/** Changes to one item of a draft; what is left out stays as it is. */
export const updateEvidenceInputSchema = z.object({
  itemId: idSchema,
  annotation: annotationSchema.optional(),
  text: reflectionTextSchema.optional(),
  url: evidenceUrlSchema.optional(),
});

export const moveEvidenceInputSchema = z.object({
  itemId: idSchema,
  direction: z.enum(["up", "down"]),
});

/** Whole days since `since`, never negative. */
export function daysWaiting(since: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - since.getTime()) / 86_400_000));
}

/** Where a teacher stands with one credential, from their latest attempt. */
export interface CredentialStanding {
  status: SubmissionStatus | "not_started";
  attempt: number;
  submittedAt: Date | null;
}

/** The standing in words: "Not started", "Submitted, waiting 3 days", "Not yet (attempt 1)". */
export function standingLabel(standing: CredentialStanding, now: Date): string {
  switch (standing.status) {
    case "not_started":
      return "Not started";
    case "draft":
      return standing.attempt > 1 ? `Draft (attempt ${standing.attempt})` : "Draft";
    case "submitted": {
      const days = standing.submittedAt ? daysWaiting(standing.submittedAt, now) : 0;
      if (days === 0) return "Submitted, waiting since today";
      return `Submitted, waiting ${days} ${days === 1 ? "day" : "days"}`;
    }
    case "not_yet":
      return `Not yet (attempt ${standing.attempt})`;
    case "earned":
      return "Earned";
  }
}

/** "90 minutes" as PD hours: "1.5 PD hours", "1 PD hour". */
export function pdHoursLabel(minutes: number): string {
  const hours = Math.round((minutes / 60) * 10) / 10;
  return `${hours} PD ${hours === 1 ? "hour" : "hours"}`;
}

/** A badge's standing for its earner: revoked wins over expired. */
type BadgeStatus = "active" | "revoked" | "expired";

export function badgeStatusOf(
  badge: { revokedAt: Date | null; validUntil: Date | null },
  now: Date,
): BadgeStatus {
  if (badge.revokedAt) return "revoked";
  if (badge.validUntil && badge.validUntil.getTime() <= now.getTime()) return "expired";
  return "active";
}
