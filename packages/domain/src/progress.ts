import { z } from "zod";
import { idSchema, timestampSchema, wholeNumber } from "./ids.ts";
import { textRule } from "./text.ts";

export const minReflectionLength = 40;
export const maxReflectionLength = 5000;

/** One teacher's place in one MicroPD session. */
const microPdProgressSchema = z.object({
  personId: idSchema,
  sessionId: idSchema,
  /** Index of the content block the teacher is on, 0 for the first. */
  currentBlock: wholeNumber("Current block", 0),
  /** Null until the teacher completes the session with a reflection. */
  completedAt: timestampSchema.nullable(),
  reflection: z.string().nullable(),
});

/** Save the teacher's place so they can come back to it. */
export const saveProgressInputSchema = microPdProgressSchema.pick({
  sessionId: true,
  currentBlock: true,
});

const reflectionTooShort = `Write at least ${minReflectionLength} characters of reflection`;

/** A session is complete only with a reflection worth reading back at the next meeting. */
export const completeSessionInputSchema = z.object({
  sessionId: idSchema,
  reflection: z
    .string({ error: reflectionTooShort })
    .check(textRule({ label: "The reflection" }))
    .trim()
    .min(minReflectionLength, reflectionTooShort)
    .max(maxReflectionLength, `Keep the reflection under ${maxReflectionLength} characters`),
});
