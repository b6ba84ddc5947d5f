import {
  CALIBRATION_AGREEMENT_THRESHOLD,
  type CriterionFeedback,
  type Rubric,
} from "../credential.ts";
import type { CalibrationResult } from "./calibration-agreement.ts";

/** A calibration sample as the candidate's result names it. */
interface Sample {
  id: string;
  title: string;
  referenceFeedback: CriterionFeedback;
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
