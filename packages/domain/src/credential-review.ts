import { z } from "zod";
import { criterionFeedbackSchema, criterionScoresSchema } from "./credential.ts";
import { idSchema } from "./ids.ts";
import { textRule } from "./text.ts";

/*
 * Inputs of the coach app's review of micro-credential submissions. The outcome is never an
 * input: the API derives it from the scores with the version's passing rule.
 */

export const submissionIdInputSchema = z.object({ submissionId: idSchema });

/** A reviewer's scoring, saved as a draft or finished (independent review or lead decision). */
export const reviewScoringInputSchema = z.object({
  submissionId: idSchema,
  scores: criterionScoresSchema,
  feedback: criterionFeedbackSchema,
  summary: z
    .string()
    .check(textRule({ label: "The summary" }))
    .trim()
    .max(4000, "Keep the summary under 4,000 characters.")
    .default(""),
});
export type ReviewScoringInput = z.infer<typeof reviewScoringInputSchema>;

const dayMs = 86_400_000;

/** Whole days a submission has waited for review. */
export function waitingDays(submittedAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - submittedAt.getTime()) / dayMs));
}

/**
 * A blind review's stand-in for the teacher: stable per submission, and saying nothing about
 * who the teacher is (the submission id is random).
 */
export function anonymousTeacherLabel(submissionId: string): string {
  return `Teacher A·${submissionId.replace(/-/g, "").slice(0, 4).toUpperCase()}`;
}
