import type { Transaction } from "@throughline/db/client";
import {
  calibrationSamplesOf,
  currentCredentialVersion,
  latestCalibrationAttempt,
  recordCalibrationAttempt,
} from "@throughline/db/queries/credentials/calibration";
import { reviewerStanding } from "@throughline/db/queries/credentials/review-eligibility";
import {
  calibrationAccess,
  calibrationCredentialInputSchema,
  submitCalibrationInputSchema,
} from "@throughline/domain/calibration";
import { pickFields } from "@throughline/domain/pick-fields";
import { calibrationResult } from "@throughline/domain/rules/calibration-agreement";
import { describeCalibration } from "@throughline/domain/rules/calibration-report";
import { completeAnswersSchema } from "@throughline/domain/rules/complete-scoring";
import { TRPCError } from "@trpc/server";
import { requireValid } from "../../field-problem.ts";
import { createRouter } from "../../trpc.ts";
import { reviewerProcedure } from "../credential-reviews/access.ts";

/*
 * "Certify the certifiers": a would-be reviewer scores a credential's calibration set blind and
 * is compared with the lead reviewer. The reference scores never leave the server before the
 * candidate has submitted.
 */

/** The credential's current version and where the viewer stands as its reviewer. */
async function calibrationOf(
  ctx: { tx: Transaction; personId: string },
  credentialId: string,
  now: Date,
) {
  const version = await currentCredentialVersion(ctx.tx, credentialId);
  if (!version) {
    throw new TRPCError({
      code: "NOT_FOUND",
      message: "There is no open credential with this id.",
    });
  }
  const standing = await reviewerStanding(ctx.tx, { credentialId, personId: ctx.personId, now });
  return { version, standing };
}

export const calibrationRouter = createRouter({
  /** The rubric and the samples to score (no reference scores), and whether I may take it. */
  set: reviewerProcedure.input(calibrationCredentialInputSchema).query(async ({ ctx, input }) => {
    const now = new Date();
    const { version, standing } = await calibrationOf(ctx, input.credentialId, now);
    const samples = await calibrationSamplesOf(ctx.tx, version.id);
    const last = await latestCalibrationAttempt(ctx.tx, { ...input, personId: ctx.personId });
    return {
      credentialId: input.credentialId,
      versionId: version.id,
      name: version.name,
      competency: version.competency,
      rubric: version.rubric,
      passingRule: version.passingRule,
      samples: samples.map((sample) => pickFields(sample, ["id", "title", "evidence"])),
      isLead: standing.isLead,
      certifiedUntil: standing.certifiedUntil,
      access: calibrationAccess(standing, now),
      lastAttempt: last && pickFields(last, ["passed", "agreed", "total", "submittedAt"]),
    };
  }),

  /** Scores the attempt, stores it, and certifies when it agrees with the lead reviewer. */
  submit: reviewerProcedure.input(submitCalibrationInputSchema).mutation(async ({ ctx, input }) => {
    const now = new Date();
    const { version, standing } = await calibrationOf(ctx, input.credentialId, now);
    const access = calibrationAccess(standing, now);
    if (!access.may) {
      throw new TRPCError({
        code: "CONFLICT",
        message:
          access.reason === "lead_reviewer"
            ? "Lead reviewers need no calibration."
            : "You are already certified; you may renew in the last 60 days before it expires.",
      });
    }
    if (version.id !== input.versionId) {
      throw new TRPCError({
        code: "CONFLICT",
        message: "This credential's calibration set changed. Reload it and score it again.",
      });
    }
    const samples = await calibrationSamplesOf(ctx.tx, version.id);
    if (samples.length === 0) {
      throw new TRPCError({
        code: "CONFLICT",
        message:
          "This credential has no calibration samples yet: a lead reviewer must score new ones.",
      });
    }
    requireValid(
      completeAnswersSchema(version.rubric, samples),
      { answers: input.answers },
      "Score every criterion of every sample.",
    );
    const result = calibrationResult(
      version.rubric,
      version.passingRule,
      samples.map((sample) => ({ sampleId: sample.id, scores: sample.referenceScores })),
      input.answers,
    );
    const answers = Object.fromEntries(
      samples.map((sample) => [sample.id, input.answers[sample.id] ?? {}]),
    );
    const recorded = await recordCalibrationAttempt(ctx.tx, {
      districtId: ctx.districtId,
      personId: ctx.personId,
      credentialId: input.credentialId,
      versionId: version.id,
      answers,
      agreed: result.agreed,
      total: result.total,
      passed: result.certified,
      now,
    });
    return {
      ...describeCalibration(version.rubric, samples, result),
      certifiedUntil: recorded.certifiedUntil,
    };
  }),
});
