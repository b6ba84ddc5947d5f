import { z } from "zod";
import { idSchema, optionalText } from "./ids.ts";
import {
  feedbackItemKinds,
  maxFeedbackCommentLength,
  type Usefulness,
  willUseAnswers,
} from "./session-feedback-answers.ts";

/**
 * The two-question pulse a teacher answers after a MicroPD session, a workshop or a support
 * meeting, and what a framework author reads back. The pulse is asked once per item and person.
 */

// The answers' words and limits live apart from the schemas, for the apps; the database's enums
// read the kinds and answers from here.
export { feedbackItemKinds, type Usefulness, willUseAnswers } from "./session-feedback-answers.ts";

const feedbackItemKindSchema = z.enum(feedbackItemKinds);
export type FeedbackItemKind = z.infer<typeof feedbackItemKindSchema>;

/** "Will you use it in class this week?" */
const willUseSchema = z.enum(willUseAnswers);
export type WillUse = z.infer<typeof willUseSchema>;

const usefulnessSchema = z
  .number({ error: "Choose how useful it was" })
  .int({ error: "Choose how useful it was" })
  .min(1, { error: "Choose how useful it was" })
  .max(4, { error: "Choose how useful it was" });

/** Names one item the signed-in teacher may be asked about. */
export const feedbackItemInputSchema = z.object({
  itemKind: feedbackItemKindSchema,
  itemId: idSchema,
});
export type FeedbackItemInput = z.infer<typeof feedbackItemInputSchema>;

/**
 * One tap of the pulse: each question is saved as it is answered, so a teacher who answers only
 * the first still counts. Fields left out keep what was saved before.
 */
export const feedbackAnswerInputSchema = feedbackItemInputSchema
  .extend({
    usefulness: usefulnessSchema.optional(),
    willUse: willUseSchema.optional(),
    comment: optionalText({ label: "Comment", max: maxFeedbackCommentLength }).optional(),
  })
  .refine(
    (input) =>
      input.usefulness !== undefined || input.willUse !== undefined || input.comment !== undefined,
    { error: "Answer a question or write a comment", path: ["usefulness"] },
  );

/** One item the teacher finished recently and has neither answered nor skipped. */
const pendingFeedbackSchema = z.object({
  itemKind: feedbackItemKindSchema,
  itemId: idSchema,
  title: z.string(),
  finishedAt: z.date(),
});
export type PendingFeedback = z.infer<typeof pendingFeedbackSchema>;

/** How many days after finishing an item the home still asks about it. */
export const pendingFeedbackDays = 14;

/** How many unanswered items the home lists at most. */
export const pendingFeedbackListLength = 5;

/**
 * The earliest finish the home still asks about at `now`: exactly `pendingFeedbackDays` of 24
 * hours before, whatever the zone's clock changes (an item finished at that instant is asked).
 */
export function pendingFeedbackSince(now: Date): Date {
  return new Date(now.getTime() - pendingFeedbackDays * 24 * 60 * 60 * 1000);
}

/** The signed-in teacher's pulse on one item they finished. */
export interface FeedbackOnItem {
  itemKind: FeedbackItemKind;
  itemId: string;
  title: string;
  /** "unanswered": ask; "answered" or "skipped": asked already, do not ask again. */
  state: "unanswered" | "answered" | "skipped";
  usefulness: number | null;
  willUse: WillUse | null;
  comment: string | null;
}

/** One MicroPD session as its framework author sees it. */
export interface AuthoredSessionFeedback {
  sessionId: string;
  title: string;
  position: number;
  estimatedMinutes: number;
  stage: { id: string; position: number; title: string };
  completions: number;
  /** Median minutes from starting to completing, over completions within one sitting. */
  medianMinutes: number | null;
  timedCompletions: number;
  responses: number;
  skipped: number;
  usefulness: Array<{ level: Usefulness; count: number; percent: number }>;
  meanUsefulness: number | null;
  willUse: Record<WillUse, number>;
  willUsePercent: number | null;
  /** Shown only from `commentsMinResponses` responses on, without names or dates. */
  comments: { visible: true; items: string[] } | { visible: false };
  revision: { flagged: false } | { flagged: true; reason: string };
}
