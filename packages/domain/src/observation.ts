import { z } from "zod";
import { observationKindSchema } from "./enums.ts";
import { calendarDateSchema, idSchema, optionalText, requiredText, wholeNumber } from "./ids.ts";

/* Classroom observations: the inputs of recording one, and of the teacher's answer to it. */

const levelRankSchema = wholeNumber("Level", 0).max(9, "Choose one of the district's levels");

export const startObservationInputSchema = z.object({
  teacherId: idSchema,
  kind: observationKindSchema,
  observedOn: calendarDateSchema,
  classLabel: optionalText({ label: "Class or period", max: 120 }),
  durationMinutes: wholeNumber("Minutes", 1)
    .max(240, "A visit can last at most 240 minutes")
    .nullable(),
  /** The framework indicators chosen for this visit. */
  indicatorIds: z
    .array(idSchema)
    .min(1, "Choose at least one indicator to look for")
    .max(8, "Choose at most 8 indicators for one visit")
    .refine((ids) => new Set(ids).size === ids.length, "Each indicator can be chosen once"),
});
export type StartObservationInput = z.infer<typeof startObservationInputSchema>;

const observationRatingInputSchema = z.object({
  indicatorId: idSchema,
  /** Null while not yet rated. */
  levelRank: levelRankSchema.nullable(),
  lookFors: optionalText({ label: "Look-fors", max: 2000 }),
});

const observationNoteInputSchema = z.object({
  /** Made by the device that took the note, so a resent draft does not duplicate it. */
  id: idSchema,
  notedAt: z.date({ error: "Enter the time of the note" }),
  body: requiredText({ missing: "Write the note or remove it", label: "A note", max: 2000 }),
});

/**
 * The whole draft as the observer's device holds it, sent on every autosave (and again after a
 * dropped connection). `baseRevision` is the revision the device last saw: a save from an older
 * one answers with a conflict instead of overwriting.
 */
export const saveObservationDraftInputSchema = z.object({
  observationId: idSchema,
  baseRevision: wholeNumber("Revision", 0),
  observedOn: calendarDateSchema,
  classLabel: optionalText({ label: "Class or period", max: 120 }),
  durationMinutes: wholeNumber("Minutes", 1)
    .max(240, "A visit can last at most 240 minutes")
    .nullable(),
  ratings: z.array(observationRatingInputSchema).min(1, "Keep at least one indicator").max(8),
  notes: z.array(observationNoteInputSchema).max(200, "An observation can hold 200 notes"),
});
export type SaveObservationDraftInput = z.infer<typeof saveObservationDraftInputSchema>;

/** A draft as the server holds it, in the shape the device saves it. */
export type StoredObservationDraft = Omit<SaveObservationDraftInput, "baseRevision">;

export type ObservationDraftSaveResult =
  | { outcome: "saved"; revision: number }
  | {
      outcome: "conflict";
      message: string;
      revision: number;
      /** What the server holds now, so a device can tell its own lost save from another's. */
      theirs: StoredObservationDraft;
    };

export const observationIdInputSchema = z.object({ observationId: idSchema });

export const reflectOnObservationInputSchema = z.object({
  observationId: idSchema,
  reflection: requiredText({ missing: "Write your reflection", label: "Reflection", max: 5000 }),
});

export const shareObservationInputSchema = z.object({
  observationId: idSchema,
  shared: z.boolean(),
});

/** A district renames its levels (keeping their order) and sets the target. */
export const observationScaleInputSchema = z
  .object({
    levels: z
      .array(
        z.object({
          label: requiredText({ missing: "Name the level", label: "Level name", max: 60 }),
          description: optionalText({ label: "Description", max: 300 }),
        }),
      )
      .min(2, "A scale needs at least two levels")
      .max(6, "A scale can have at most six levels"),
    targetRank: wholeNumber("Target", 0),
  })
  .refine((scale) => scale.targetRank < scale.levels.length, {
    error: "Choose the target among the levels",
    path: ["targetRank"],
  });
