import { z } from "zod";
import { idSchema, requiredText } from "./ids.ts";

/**
 * A comment on an action plan or one of its steps: a coach's feedback, or the teacher's reply.
 * The author is the signed-in person, never a field of the request.
 */
export const planCommentInputSchema = z.object({
  planId: idSchema,
  /** The step the comment is about; absent or null for the plan as a whole. */
  stepId: idSchema.nullish().transform((value) => value ?? null),
  /** The comment this one answers. */
  replyToId: idSchema.nullish().transform((value) => value ?? null),
  body: requiredText({ missing: "Write a comment", label: "Comment", max: 2000 }),
});

/** A teacher, as a coach opens them from the caseload. */
export const personIdInputSchema = z.object({ personId: idSchema });
