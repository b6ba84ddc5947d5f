import { z } from "zod";
import { idSchema, optionalText, requiredText, wholeNumber } from "./ids.ts";
import { textRule } from "./text.ts";

/*
 * Classroom video: what the API takes (every input below) and the district's settings with
 * their defaults. Who may do what to a video is `video-access.ts`; what a file is, by its
 * bytes, is `video-file-type.ts`.
 */

/** What a district gets until it sets its own. */
export const defaultVideoSettings = {
  /** 2 GB: a 20-minute phone recording at 1080p with room to spare. */
  maxBytes: 2 * 1024 ** 3,
  retentionDays: 365,
  consentRule:
    "I confirm that every student who can be seen or heard in this video has consent on file " +
    "for classroom recording, as our district's policy requires.",
} as const;

/** `retentionDays` null: the district keeps videos until their teacher deletes them. */
export type VideoSettings = { maxBytes: number; retentionDays: number | null; consentRule: string };

/** One day in milliseconds, for the retention arithmetic. */
const DAY_MS = 24 * 60 * 60 * 1000;

/** When a video uploaded at `uploadedAt` is deleted under a retention of `retentionDays`. */
export function videoDeleteAfter(uploadedAt: Date, retentionDays: number): Date {
  return new Date(uploadedAt.getTime() + retentionDays * DAY_MS);
}

/** Whether a video is past its retention at `now` (it is deleted with its files). */
export function videoExpired(deleteAfter: Date | null, now: Date): boolean {
  return deleteAfter !== null && deleteAfter.getTime() <= now.getTime();
}

/** A moment of a video, in seconds from its start; a lesson is never longer than a day. */
const secondsSchema = z
  .number({ error: "Give the moment in seconds" })
  .min(0, "A moment cannot be before the start")
  .max(86_400, "A moment must be within the video");

export const videoIdInputSchema = z.object({ videoId: idSchema });

export const videoTitleSchema = requiredText({
  missing: "Give the video a title",
  label: "Title",
  max: 120,
  singleLine: true,
});

/**
 * A comment at a moment, a reply to one (`parentId`), or the teacher's own self-reflection
 * mark. The indicator and level are optional tags; a level needs an indicator.
 */
export const videoCommentInputSchema = z
  .object({
    videoId: idSchema,
    atSeconds: secondsSchema,
    body: requiredText({ missing: "Write a comment", label: "Comment", max: 2000 }),
    parentId: idSchema.nullish().transform((value) => value ?? null),
    indicatorId: idSchema.nullish().transform((value) => value ?? null),
    levelRank: wholeNumber("Level", 0)
      .max(9, "Choose one of the district's levels")
      .nullish()
      .transform((value) => value ?? null),
    selfReflection: z.boolean({ error: "Say whether this is a self-reflection" }).default(false),
  })
  .refine((input) => input.levelRank === null || input.indicatorId !== null, {
    message: "Choose the indicator this level is for",
    path: ["indicatorId"],
  });

export const videoCommentRemoveInputSchema = z.object({ commentId: idSchema });

/**
 * Sharing with one person (a coach, a principal, a colleague) or a team. The teacher must
 * confirm the district's student-consent rule each time they share.
 */
export const videoShareInputSchema = z
  .object({
    videoId: idSchema,
    personId: idSchema.nullish().transform((value) => value ?? null),
    teamId: idSchema.nullish().transform((value) => value ?? null),
    consentConfirmed: z.literal(true, {
      error: "Confirm the district's student-consent rule before sharing",
    }),
  })
  .refine((input) => (input.personId === null) !== (input.teamId === null), {
    message: "Choose one person or one team to share with",
    path: ["personId"],
  });

export const videoShareRevokeInputSchema = z.object({ shareId: idSchema });

/** A segment of a video, start to end, to share as evidence. */
export const videoClipInputSchema = z
  .object({
    videoId: idSchema,
    title: requiredText({
      missing: "Name the clip",
      label: "Clip name",
      max: 120,
      singleLine: true,
    }),
    startSeconds: secondsSchema,
    endSeconds: secondsSchema,
  })
  .refine((input) => input.endSeconds > input.startSeconds, {
    message: "The clip must end after it starts",
    path: ["endSeconds"],
  });

/** A clip as evidence for one of the teacher's action-plan steps. */
export const videoClipEvidenceInputSchema = z.object({ clipId: idSchema, stepId: idSchema });

/** A WebVTT caption file's text, as the player reads it. */
export const videoCaptionInputSchema = z.object({
  videoId: idSchema,
  label: requiredText({ missing: "Name the captions", label: "Label", max: 60, singleLine: true }),
  language: z
    .string({ error: "Give the language, e.g. en" })
    .check(textRule({ label: "The language", singleLine: true }))
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, "Give the language as a code, e.g. en or es-MX"),
  vtt: z
    .string({ error: "Choose a WebVTT caption file" })
    .check(textRule({ label: "The caption file" }))
    .max(500_000, "A caption file must be 500 KB or smaller")
    .refine((text) => /^(\uFEFF)?WEBVTT([ \t].*)?(\r?\n|$)/.test(text), {
      message: "This is not a WebVTT caption file (it must start with WEBVTT)",
    }),
});

/** A district's settings, as the district admin saves them. */
export const videoSettingsInputSchema = z.object({
  maxMegabytes: wholeNumber("The upload limit", 10).max(
    20_480,
    "The upload limit is at most 20 GB",
  ),
  /** Null keeps videos until their teacher deletes them. */
  retentionDays: wholeNumber("Retention", 1).max(3650, "Retention is at most ten years").nullable(),
  consentRule: optionalText({ label: "The consent rule", max: 1000 }),
});
