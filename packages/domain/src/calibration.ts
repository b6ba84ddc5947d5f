import { z } from "zod";
import { boundedRecord } from "./bounded-record.ts";
import { criterionScoresSchema } from "./credential.ts";
import { idSchema } from "./ids.ts";
import { recordKeySchema } from "./text.ts";

export const calibrationCredentialInputSchema = z.object({ credentialId: idSchema });

/** A candidate's scores for every sample of a credential's calibration set. */
export const submitCalibrationInputSchema = z.object({
  credentialId: idSchema,
  /** The version whose samples were scored: a set that changed meanwhile is refused. */
  versionId: idSchema,
  /** Sample id → criterion key → level key. */
  answers: boundedRecord(
    recordKeySchema,
    criterionScoresSchema,
    100,
    "A calibration set has at most 100 samples.",
  ),
});

/** A certified reviewer may renew this many days before their certification expires. */
const CALIBRATION_RENEWAL_DAYS = 60;

const dayMs = 86_400_000;

type CalibrationAccess =
  | { may: true }
  | { may: false; reason: "lead_reviewer" }
  | { may: false; reason: "certified"; renewFrom: Date };

/**
 * Whether a person may take a credential's calibration set now: lead reviewers need none, and
 * a certified reviewer renews only in the last 60 days of their certification.
 */
export function calibrationAccess(
  standing: { isLead: boolean; certifiedUntil: Date | null },
  now: Date,
): CalibrationAccess {
  if (standing.isLead) return { may: false, reason: "lead_reviewer" };
  if (standing.certifiedUntil === null) return { may: true };
  const renewFrom = new Date(standing.certifiedUntil.getTime() - CALIBRATION_RENEWAL_DAYS * dayMs);
  return now >= renewFrom ? { may: true } : { may: false, reason: "certified", renewFrom };
}
