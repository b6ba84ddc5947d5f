import { z } from "zod";
import { definitionKeySchema } from "./credential.ts";
import { idSchema } from "./ids.ts";
import { textRule } from "./text.ts";

/* Bringing a clip of a classroom video to a support meeting or a credential submission. */

/** A clip brought to a support meeting, for the meeting as a whole or one agenda item. */
export const clipToMeetingInputSchema = z.object({
  clipId: idSchema,
  meetingId: idSchema,
  agendaItemId: idSchema.nullish().transform((value) => value ?? null),
});

/** The clips brought to one meeting. */
export const meetingClipsInputSchema = z.object({ meetingId: idSchema });

/** A clip as evidence for one requirement of the teacher's draft submission. */
export const clipToSubmissionInputSchema = z.object({
  submissionId: idSchema,
  requirementKey: definitionKeySchema,
  clipId: idSchema,
  annotation: z
    .string()
    .check(textRule({ label: "The annotation" }))
    .trim()
    .max(4000, "Keep the annotation under 4000 characters")
    .default(""),
});

/** The clips that are evidence of one submission. */
export const submissionClipsInputSchema = z.object({ submissionId: idSchema });

/** Takes a clip back from a meeting or a draft submission. */
export const clipShareRevokeInputSchema = z.object({ clipShareId: idSchema });
