import { z } from "zod";
import { releaseModeSchema } from "./enums.ts";
import { contentBlockSchema } from "./framework.ts";
import { idSchema, wholeNumber } from "./ids.ts";
import { maxReflectionLength } from "./progress.ts";
import { stageStatusSchema } from "./rules/stage-status.ts";
import { textRule } from "./text.ts";

/**
 * The teacher's side of a stage and of a MicroPD session: the inputs of the stage page and the
 * player, and the shapes they answer with. The API returns these as they are; the teacher app
 * uses the inferred types.
 */

/** Names one MicroPD session of the signed-in person's district. */
export const sessionIdInputSchema = z.object({ sessionId: idSchema });

/** Where one session stands for the teacher (mirrors the session-sequence rule). */
const sessionStateSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("completed"), completedAt: z.date() }),
  z.object({ kind: z.literal("available") }),
  z.object({ kind: z.literal("scheduled"), opensAt: z.date() }),
  z.object({ kind: z.literal("upcoming") }),
]);

const sessionLinkSchema = z.object({
  id: idSchema,
  position: z.number().int(),
  title: z.string(),
  estimatedMinutes: z.number().int(),
});

/** What the teacher takes next: open now, open on a date, or nothing left in the stage. */
const nextSessionOutcomeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("available"), session: sessionLinkSchema }),
  z.object({ kind: z.literal("scheduled"), session: sessionLinkSchema, opensAt: z.date() }),
  z.object({ kind: z.literal("finished") }),
]);
export type NextSessionOutcome = z.infer<typeof nextSessionOutcomeSchema>;

const remainingItemSchema = z.object({
  kind: z.enum(["workshop", "sessions", "meetings", "action_step", "confirmation"]),
  text: z.string(),
});

export const stagePageSchema = z.object({
  stage: z.object({
    id: idSchema,
    position: z.number().int(),
    title: z.string(),
    summary: z.string(),
    meetingsRequired: z.number().int(),
  }),
  /** The teacher's place in the stage; null when they are not enrolled in it (a preview). */
  enrolment: z
    .object({
      cohortName: z.string(),
      schoolYear: z.string(),
      releaseMode: releaseModeSchema,
      status: stageStatusSchema,
      sessionsCompleted: z.number().int(),
      sessionsTotal: z.number().int(),
      meetingsAttended: z.number().int(),
      workshop: z.object({
        startsAt: z.date().nullable(),
        minutes: z.number().int(),
        location: z.string().nullable(),
        videoUrl: z.string().nullable(),
        description: z.string().nullable(),
        /** The teacher's cohort: the workshop's item for session feedback. */
        cohortId: idSchema,
        attended: z.boolean(),
      }),
      remaining: z.array(remainingItemSchema),
      next: nextSessionOutcomeSchema,
    })
    .nullable(),
  sessions: z.array(
    z.object({
      id: idSchema,
      position: z.number().int(),
      title: z.string(),
      summary: z.string(),
      estimatedMinutes: z.number().int(),
      /** Null in a preview: the stage is not the teacher's, so no session is theirs to open. */
      state: sessionStateSchema.nullable(),
    }),
  ),
});
export type StagePage = z.infer<typeof stagePageSchema>;

/** One session as the player shows it, with the signed-in teacher's own progress only. */
const sessionViewSchema = z.object({
  session: z.object({
    id: idSchema,
    position: z.number().int(),
    title: z.string(),
    summary: z.string(),
    estimatedMinutes: z.number().int(),
    reflectionPrompts: z.array(z.string()),
    /** About a lesson not taught yet: answered after it, on the after-lesson page. */
    afterLessonPrompts: z.array(z.string()),
  }),
  stage: z.object({ id: idSchema, position: z.number().int(), title: z.string() }),
  sessionsTotal: z.number().int(),
  indicators: z.array(z.object({ id: idSchema, code: z.string(), title: z.string() })),
  blocks: z.array(contentBlockSchema),
  progress: z.object({
    /** 0 to blocks.length; blocks.length is the reflection step after the last block. */
    currentBlock: z.number().int(),
    completedAt: z.date().nullable(),
    reflection: z.string().nullable(),
    /** When the after-the-lesson reflection was written; null while it is pending. */
    afterLessonCompletedAt: z.date().nullable(),
  }),
  /** What opens once this session is complete. */
  next: nextSessionOutcomeSchema,
  /**
   * Taken as an elective from the catalogue, outside any enrolment in its stage: the page leads
   * back to the catalogue instead of to the stage's next session.
   */
  fromCatalogue: z.boolean(),
  /** The reflection being written, saved as the teacher types; null text when none is pending. */
  reflectionDraft: z.object({ text: z.string().nullable(), revision: z.number().int() }),
});
export type SessionView = z.infer<typeof sessionViewSchema>;

const completeSessionResultSchema = z.object({
  completedAt: z.date(),
  reflection: z.string(),
  creditedMinutes: z.number().int(),
  next: nextSessionOutcomeSchema,
});
export type CompleteSessionResult = z.infer<typeof completeSessionResultSchema>;

/**
 * A teacher's place in a session of `blocks` blocks: 0 for the first block up to `blocks`, the
 * reflection step after the last one. The input schema cannot know the session; this can.
 */
export function placeInSessionSchema(blocks: number) {
  return z.object({
    currentBlock: z
      .number()
      .int()
      .min(0, "Current block must be 0 or more")
      .max(blocks, `This session has ${blocks} blocks and then the reflection`),
  });
}

/**
 * The reflection as the teacher is writing it, saved on the server as they type so a reload or
 * another device finds it. Saved only if the server still holds `baseRevision`: a draft saved
 * elsewhere in the meantime is never overwritten.
 */
export const saveReflectionDraftInputSchema = z.object({
  sessionId: idSchema,
  text: z
    .string({ error: "Reflection must be text" })
    .check(textRule({ label: "The reflection" }))
    .max(maxReflectionLength, `Keep the reflection under ${maxReflectionLength} characters`),
  baseRevision: wholeNumber("Revision", 0),
});

export type ReflectionDraftSaveResult =
  | { outcome: "saved"; revision: number }
  | {
      outcome: "conflict";
      message: string;
      /** What the server holds now, saved from another device since the writer's revision. */
      theirs: { text: string; revision: number };
    };
