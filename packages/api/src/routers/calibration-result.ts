import type {
  CalibrationEvidence,
  CriterionFeedback,
  CriterionScores,
  Rubric,
} from "@throughline/domain/credential";
import { CALIBRATION_AGREEMENT_THRESHOLD } from "@throughline/domain/credential";
import type { CalibrationResult } from "@throughline/domain/rules/calibration-agreement";
import { TRPCError } from "@trpc/server";
import { z } from "zod";

interface Sample {
  id: string;
  title: string;
  evidence: CalibrationEvidence;
  referenceFeedback: CriterionFeedback;
}

/** Every sample needs a level for every criterion; each gap is reported on its own field. */
export function requireCompleteAnswers(
  rubric: Rubric,
  samples: readonly Sample[],
  answers: Record<string, CriterionScores>,
): void {
  const levelKeys = rubric.levels.map((level) => level.key);
  const criterionLevel = (name: string) =>
    z
      .string({ error: `Choose a level for “${name}”.` })
      .refine((level) => levelKeys.includes(level), `Choose a level for “${name}”.`);
  const schema = z.object({
    answers: z.object(
      Object.fromEntries(
        samples.map((sample) => [
          sample.id,
          z.object(
            Object.fromEntries(
              rubric.criteria.map((criterion) => [criterion.key, criterionLevel(criterion.name)]),
            ),
            { error: `Score “${sample.title}”.` },
          ),
        ]),
      ),
    ),
  });
  const parsed = schema.safeParse({ answers });
  if (!parsed.success) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "Score every criterion of every sample.",
      cause: parsed.error,
    });
  }
}

/**
 * The result as the candidate reads it after submitting: agreement, and where they differed,
 * with the lead reviewer's level and reasoning (only now are the reference scores shown).
 */
export function describeCalibration(
  rubric: Rubric,
  samples: readonly Sample[],
  result: CalibrationResult,
) {
  const levelLabel = (key: string | null) =>
    key === null ? null : (rubric.levels.find((level) => level.key === key)?.label ?? key);
  const criterionName = (key: string) =>
    rubric.criteria.find((criterion) => criterion.key === key)?.name ?? key;
  const sampleOf = (id: string) => samples.find((sample) => sample.id === id);
  return {
    certified: result.certified,
    agreed: result.agreed,
    total: result.total,
    agreement: result.agreement,
    threshold: CALIBRATION_AGREEMENT_THRESHOLD,
    outcomeMismatches: result.outcomeMismatches.map((mismatch) => ({
      ...mismatch,
      sampleTitle: sampleOf(mismatch.sampleId)?.title ?? "",
    })),
    differences: result.differences.map((difference) => ({
      sampleId: difference.sampleId,
      sampleTitle: sampleOf(difference.sampleId)?.title ?? "",
      criterionKey: difference.criterionKey,
      criterionName: criterionName(difference.criterionKey),
      yourLevel: levelLabel(difference.given),
      leadLevel: levelLabel(difference.expected),
      leadFeedback: sampleOf(difference.sampleId)?.referenceFeedback[difference.criterionKey] ?? "",
    })),
  };
}
