import { z } from "zod";
import {
  classroomTaskBlockSchema,
  indicatorSchema,
  microPdSessionSchema,
  readingBlockSchema,
  stageSchema,
  strategyCardBlockSchema,
  videoBlockSchema,
} from "./framework.ts";
import { idSchema, requiredText, wholeNumber } from "./ids.ts";
import { createProtocolInputSchema } from "./protocol.ts";
import { videoSource } from "./video-source.ts";

/**
 * What a district admin sends while authoring the framework. Built from the framework's own
 * schemas, so an authored stage, session or block is exactly what the teacher's pages read.
 */

// Stages

const mostMeetingsRequired = 20;

const stageFields = stageSchema.pick({ title: true, summary: true }).extend({
  /** Support meetings a teacher must attend to finish the stage; 0 means none. */
  meetingsRequired: stageSchema.shape.meetingsRequired.max(
    mostMeetingsRequired,
    `Meetings required must be ${mostMeetingsRequired} or fewer`,
  ),
  requiresConfirmation: z.boolean({ error: "Say whether a coach confirms completion" }),
  /** Its sessions may be recommended to any teacher, not only to those who opened the stage. */
  openToAll: z.boolean({ error: "Say whether the stage's sessions are open to all" }),
});

/** A new stage always goes last in its program; authors then move it where it belongs. */
export const createStageDraftSchema = stageFields.extend({ programId: idSchema });
export type CreateStageDraft = z.infer<typeof createStageDraftSchema>;

export const updateStageInputSchema = stageFields.extend({ stageId: idSchema });
export type UpdateStageInput = z.infer<typeof updateStageInputSchema>;

/** Every stage of one program, in the order it should have. */
export const reorderStagesInputSchema = z.object({
  programId: idSchema,
  stageIds: z
    .array(idSchema)
    .min(1, "List the stages in their new order")
    .max(50, "A program has at most 50 stages"),
});

// Sessions

export const mostReflectionPrompts = 5;

const sessionFields = microPdSessionSchema
  .pick({ title: true, summary: true, estimatedMinutes: true })
  .extend({
    reflectionPrompts: microPdSessionSchema.shape.reflectionPrompts.max(
      mostReflectionPrompts,
      `A session can have at most ${mostReflectionPrompts} reflection prompts`,
    ),
    indicatorIds: z
      .array(idSchema)
      .max(20, "Choose at most 20 indicators")
      .refine((ids) => new Set(ids).size === ids.length, "Choose each indicator only once"),
  });

export const mostAfterLessonPrompts = 5;

/**
 * Questions a teacher answers after teaching the lesson. None is the usual case; with some, the
 * session completes with the teacher's plan and a step on their action plan brings them back.
 */
const afterLessonPromptsSchema = z
  .array(requiredText({ missing: "Enter the question", label: "A question", max: 1000 }))
  .max(
    mostAfterLessonPrompts,
    `A session can have at most ${mostAfterLessonPrompts} after-the-lesson questions`,
  );

/** A new session goes last in its stage. */
export const createSessionDraftSchema = sessionFields.extend({ stageId: idSchema });
export type CreateSessionDraft = z.infer<typeof createSessionDraftSchema>;

const updateSessionInputSchema = sessionFields.extend({ sessionId: idSchema });

/** Every session of one stage, in the order it should have. */
export const reorderSessionsInputSchema = z.object({
  stageId: idSchema,
  sessionIds: z
    .array(idSchema)
    .min(1, "List the sessions in their new order")
    .max(200, "A stage has at most 200 sessions"),
});

export const sessionEditorIdInputSchema = z.object({ sessionId: idSchema });

// Content blocks

const playableVideoMessage = "Use a YouTube or Vimeo link, or a video file ending in .mp4 or .webm";

/** Whether the teacher's player can play this address, rather than only link to it. */
export function isPlayableVideoUrl(url: string): boolean {
  return videoSource(url).kind !== "link";
}

/** An authored video must play in the session itself, with its transcript beside it. */
const authoredVideoBlockSchema = videoBlockSchema.extend({
  url: videoBlockSchema.shape.url.refine(isPlayableVideoUrl, playableVideoMessage),
});

const authoredBlockSchema = z.discriminatedUnion(
  "kind",
  [authoredVideoBlockSchema, readingBlockSchema, strategyCardBlockSchema, classroomTaskBlockSchema],
  { error: "Choose a kind of block: video, reading, strategy card or classroom task" },
);
export type AuthoredBlock = z.infer<typeof authoredBlockSchema>;

export const mostBlocks = 30;

/** The session's whole block list, in order: saved in one go so no half-edited list is shown. */
export const saveBlocksInputSchema = z.object({
  sessionId: idSchema,
  blocks: z
    .array(authoredBlockSchema)
    .min(1, "Add at least one block")
    .max(mostBlocks, `A session can have at most ${mostBlocks} blocks`),
});

/**
 * The session editor's one save: the details and the whole block list together, written in one
 * transaction, so a refused block leaves the details as they were too. `baseRevision` is the
 * session's revision the editor opened: a save made from an older copy (another admin saved in
 * the meantime) is refused without writing, never merged.
 */
export const saveSessionInputSchema = updateSessionInputSchema.extend({
  afterLessonPrompts: afterLessonPromptsSchema,
  blocks: saveBlocksInputSchema.shape.blocks,
  baseRevision: wholeNumber("Revision", 0),
});
export type SaveSessionInput = z.infer<typeof saveSessionInputSchema>;

// Indicators

/** `programId` null: the district's own indicator, used by all its programs. */
const indicatorFields = indicatorSchema
  .pick({ code: true, title: true, description: true })
  .extend({ programId: idSchema.nullable().default(null) });

/** The code must be unique in the district; the server names `code` when it is taken. */
export const createIndicatorInputSchema = indicatorFields;
export type CreateIndicatorInput = z.infer<typeof createIndicatorInputSchema>;

export const updateIndicatorInputSchema = indicatorFields.extend({ indicatorId: idSchema });
export type UpdateIndicatorInput = z.infer<typeof updateIndicatorInputSchema>;

// Protocols

/** Renames a protocol and replaces its steps; agendas already built keep their own copies. */
export const updateProtocolInputSchema = createProtocolInputSchema.extend({ protocolId: idSchema });
export type UpdateProtocolInput = z.infer<typeof updateProtocolInputSchema>;
