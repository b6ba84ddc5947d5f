import { z } from "zod";
import { contentBlockKindSchema } from "./enums.ts";
import { idSchema, requiredText, webUrlSchema, wholeNumber } from "./ids.ts";
import { textRule } from "./text.ts";

/**
 * The framework of a district: its indicators (observable practices) and its ordered stages,
 * each with an ordered sequence of short MicroPD sessions made of content blocks.
 */

const titleSchema = requiredText({ missing: "Enter a title", label: "Title" });
const summarySchema = requiredText({ missing: "Write a summary", label: "Summary", max: 2000 });

export const indicatorSchema = z.object({
  id: idSchema,
  /** Dotted numbering as printed in the framework: "1", "1.2", "2.3.1". */
  code: z
    .string({ error: "Enter a code like 1.2" })
    .check(textRule({ label: "The code", singleLine: true }))
    .trim()
    .regex(/^\d{1,3}(?:\.\d{1,3}){0,3}$/, "Enter a code like 1.2"),
  title: titleSchema,
  description: requiredText({
    missing: "Describe what the practice looks like",
    label: "Description",
    max: 2000,
  }),
});

export const stageSchema = z.object({
  id: idSchema,
  /** 1 for the first stage. */
  position: wholeNumber("Position", 1),
  title: titleSchema,
  summary: summarySchema,
  /** Support meetings a teacher must attend to finish the stage; 0 means none. */
  meetingsRequired: wholeNumber("Meetings required", 0),
  /** A coach or admin must confirm completion once every requirement is met. */
  requiresConfirmation: z.boolean(),
});

const minEstimatedMinutes = 10;
const maxEstimatedMinutes = 20;
const estimatedMinutesMessage = `Estimated minutes must be between ${minEstimatedMinutes} and ${maxEstimatedMinutes}`;

export const microPdSessionSchema = z.object({
  id: idSchema,
  stageId: idSchema,
  /** Order within the stage, 1 for the first session. */
  position: wholeNumber("Position", 1),
  title: titleSchema,
  summary: summarySchema,
  /** MicroPD is short on purpose: 10 to 20 minutes. */
  estimatedMinutes: z
    .number({ error: estimatedMinutesMessage })
    .int("Estimated minutes must be a whole number")
    .min(minEstimatedMinutes, estimatedMinutesMessage)
    .max(maxEstimatedMinutes, estimatedMinutesMessage),
  /** The indicators this session addresses; recommendations follow these. */
  indicatorIds: z.array(idSchema),
  /** Every session ends in a reflection. */
  reflectionPrompts: z
    .array(requiredText({ missing: "Enter the prompt", label: "A prompt", max: 1000 }))
    .min(1, "Add at least one reflection prompt"),
});

/** Names one stage of the signed-in person's district. */
export const stageIdInputSchema = z.object({ stageId: idSchema });

// Content blocks: what a MicroPD session is made of, shown one after another.

const kinds = contentBlockKindSchema.enum;
const longText = 20_000;

export const videoBlockSchema = z.object({
  kind: z.literal(kinds.video),
  url: webUrlSchema,
  title: requiredText({ missing: "Enter the video's title", label: "Title" }),
  /** Required so every video is accessible to people who cannot hear it. */
  transcript: requiredText({ missing: "Add a transcript", label: "Transcript", max: longText }),
});

export const readingBlockSchema = z.object({
  kind: z.literal(kinds.reading),
  markdown: requiredText({ missing: "Write the reading", label: "Reading", max: longText }),
});

export const strategyCardBlockSchema = z.object({
  kind: z.literal(kinds.strategy_card),
  title: requiredText({ missing: "Enter the strategy's name", label: "Title" }),
  steps: z
    .array(requiredText({ missing: "Describe the step", label: "A step", max: 1000 }))
    .min(1, "Add at least one step")
    .max(20, "A strategy has at most 20 steps"),
});

export const classroomTaskBlockSchema = z.object({
  kind: z.literal(kinds.classroom_task),
  instructions: requiredText({
    missing: "Say what to try in the classroom",
    label: "Instructions",
    max: 5000,
  }),
});

export const contentBlockSchema = z.discriminatedUnion(
  "kind",
  [videoBlockSchema, readingBlockSchema, strategyCardBlockSchema, classroomTaskBlockSchema],
  { error: "Choose a kind of block: video, reading, strategy card or classroom task" },
);
export type ContentBlock = z.infer<typeof contentBlockSchema>;
