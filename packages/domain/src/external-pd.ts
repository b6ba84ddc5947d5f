import { z } from "zod";
import { checkEvidenceFile, type EvidenceFileFacts, fileExtension } from "./evidence.ts";
import { fieldIssue } from "./field-issue.ts";
import { calendarDateSchema, idSchema, optionalText, requiredText } from "./ids.ts";

/*
 * Credit for professional learning taken outside the district's framework (a conference, an IB
 * workshop, a university course): the teacher asks with dates, hours, provider and a
 * certificate; a principal or the district's PD admin approves it or returns it with a reason.
 * Approved hours join the transcript as external activities.
 */

export const externalPdKindSchema = z.enum(
  ["conference", "workshop", "university_course", "online_course", "other"],
  { error: "Choose what kind of learning it was" },
);
export type ExternalPdKind = z.infer<typeof externalPdKindSchema>;

export const externalPdKindLabels: Record<ExternalPdKind, string> = {
  conference: "Conference",
  workshop: "Workshop",
  university_course: "University course",
  online_course: "Online course",
  other: "Other",
};

export const externalPdStatusSchema = z.enum(["submitted", "approved", "returned", "withdrawn"]);
export type ExternalPdStatus = z.infer<typeof externalPdStatusSchema>;

export const externalPdStatusLabels: Record<ExternalPdStatus, string> = {
  submitted: "Waiting for review",
  approved: "Approved",
  returned: "Returned",
  withdrawn: "Withdrawn",
};

/**
 * The most hours one request may claim: a three-credit graduate course is about 45 contact
 * hours and a summer institute rarely passes 120; more than this is a typing slip.
 */
export const EXTERNAL_PD_MAX_HOURS = 200;

/** No more than a long day of learning per calendar day it spans. */
const MAX_HOURS_PER_DAY = 12;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Calendar days from `startOn` to `endOn`, both counted: 2026-10-01 to 2026-10-03 is 3. */
function daysSpanned(startOn: string, endOn: string): number {
  return Math.round((Date.parse(endOn) - Date.parse(startOn)) / DAY_MS) + 1;
}

const hoursSchema = z
  .number({ error: "Hours must be a number" })
  .gt(0, "Hours must be more than 0")
  .max(EXTERNAL_PD_MAX_HOURS, `One request can claim at most ${EXTERNAL_PD_MAX_HOURS} hours`)
  // Tenths of an hour are six minutes each, so the transcript shows exactly what was approved.
  .refine((hours) => Number.isInteger(Math.round(hours * 1e6) / 1e5), {
    message: "Give hours to one decimal place, like 6.5",
  });

const requestFields = z.object({
  title: requiredText({ missing: "Enter the title", label: "Title", singleLine: true }),
  provider: requiredText({
    missing: "Enter who provided it",
    label: "Provider",
    singleLine: true,
  }),
  kind: externalPdKindSchema,
  startOn: calendarDateSchema,
  endOn: calendarDateSchema,
  hours: hoursSchema,
  description: optionalText({ label: "Description", max: 2000 }),
});

type RequestFields = z.infer<typeof requestFields>;

/** The cross-field checks of a request: dates in order, hours that fit in the days. */
function checkRequest(request: RequestFields, ctx: z.RefinementCtx): void {
  if (request.endOn < request.startOn) {
    fieldIssue(ctx, ["endOn"], "The end date can't be before the start date");
    return;
  }
  const most = daysSpanned(request.startOn, request.endOn) * MAX_HOURS_PER_DAY;
  // Over the upper bound, the field's own message already says so.
  if (request.hours > most && request.hours <= EXTERNAL_PD_MAX_HOURS) {
    fieldIssue(
      ctx,
      ["hours"],
      `${request.hours} hours don't fit in these dates (at most ${MAX_HOURS_PER_DAY} a day)`,
    );
  }
}

export const submitExternalPdInputSchema = requestFields.superRefine(checkRequest);
export type SubmitExternalPdInput = z.input<typeof submitExternalPdInputSchema>;

/** Editing a waiting or returned request sends it (back) for review. */
export const updateExternalPdInputSchema = requestFields
  .extend({ requestId: idSchema })
  .superRefine(checkRequest);

export const externalPdRequestIdInputSchema = z.object({ requestId: idSchema });

export const returnExternalPdInputSchema = z.object({
  requestId: idSchema,
  reason: requiredText({
    missing: "Say what the teacher should change",
    label: "Reason",
    max: 1000,
  }),
});

/** The queue: waiting requests by default, or the ones already decided. */
export const externalPdQueueInputSchema = z
  .object({ status: externalPdStatusSchema.optional() })
  .optional();

/**
 * Whether the teacher may still change or withdraw a request in this status, and whether a
 * reviewer may decide it: the one rule the API and the pages share.
 */
export const externalPdActions = {
  canEdit: (status: ExternalPdStatus) => status === "submitted" || status === "returned",
  canWithdraw: (status: ExternalPdStatus) => status === "submitted" || status === "returned",
  canDecide: (status: ExternalPdStatus) => status === "submitted",
} as const;

/** Hours to whole minutes, the unit the transcript counts in (6.5 h → 390 min). */
export function externalPdMinutes(hours: number): number {
  return Math.round(hours * 60);
}

/** The file types a certificate may be, for the file input's `accept`. */
export const EXTERNAL_PD_CERTIFICATE_ACCEPT = ".pdf,.png,.jpg,.jpeg";

const certificateExtensions = new Set(["pdf", "png", "jpg", "jpeg"]);

/**
 * Why a file cannot be a certificate (a PDF, PNG or JPEG scan or download), as a sentence for
 * the teacher; null when it may be. Then the evidence rules: size, a declared type that agrees
 * with the name and, on the server, the first bytes.
 */
export function checkCertificateFile(file: EvidenceFileFacts): string | null {
  if (!certificateExtensions.has(fileExtension(file.fileName))) {
    return "A certificate must be a PDF, PNG or JPEG file.";
  }
  return checkEvidenceFile(file);
}
