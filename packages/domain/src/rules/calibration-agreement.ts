import {
  CALIBRATION_AGREEMENT_THRESHOLD,
  type CriterionScores,
  type PassingRule,
  type Rubric,
} from "../credential.ts";
import type { ReviewOutcome } from "../enums.ts";
import { outcomeOf } from "./credential-passing.ts";

/** A calibration sample as the lead reviewer scored it. */
interface CalibrationReference {
  sampleId: string;
  scores: CriterionScores;
}

/** Where a candidate's score differed from the lead reviewer's. */
interface CalibrationDifference {
  sampleId: string;
  criterionKey: string;
  expected: string;
  given: string | null;
}

export interface CalibrationResult {
  /** Criterion scores matched exactly, of all criterion scores in the set. */
  agreed: number;
  total: number;
  /** agreed / total, 0..1. */
  agreement: number;
  /** Samples whose outcome (by the passing rule) the candidate got differently. */
  outcomeMismatches: { sampleId: string; expected: ReviewOutcome; given: ReviewOutcome | null }[];
  differences: CalibrationDifference[];
  certified: boolean;
}

/**
 * "Certify the certifiers": a candidate is certified when they agree exactly with the lead
 * reviewer on at least 80 % of the criterion scores across the calibration set and reach the
 * same outcome on every sample. A missing answer counts as a disagreement.
 */
export function calibrationResult(
  rubric: Rubric,
  rule: PassingRule,
  references: readonly CalibrationReference[],
  answers: Readonly<Record<string, CriterionScores>>,
): CalibrationResult {
  let agreed = 0;
  let total = 0;
  const differences: CalibrationDifference[] = [];
  const outcomeMismatches: CalibrationResult["outcomeMismatches"] = [];

  for (const reference of references) {
    const given = answers[reference.sampleId] ?? {};
    for (const criterion of rubric.criteria) {
      const expected = reference.scores[criterion.key];
      if (expected === undefined) continue;
      total += 1;
      const answer = given[criterion.key] ?? null;
      if (answer === expected) agreed += 1;
      else
        differences.push({
          sampleId: reference.sampleId,
          criterionKey: criterion.key,
          expected,
          given: answer,
        });
    }
    const expectedOutcome = outcomeOf(rubric, rule, reference.scores);
    const givenOutcome = outcomeOf(rubric, rule, given);
    const expectedValue = expectedOutcome.complete ? expectedOutcome.outcome : "not_yet";
    const givenValue = givenOutcome.complete ? givenOutcome.outcome : null;
    if (givenValue !== expectedValue) {
      outcomeMismatches.push({
        sampleId: reference.sampleId,
        expected: expectedValue,
        given: givenValue,
      });
    }
  }

  const agreement = total === 0 ? 0 : agreed / total;
  return {
    agreed,
    total,
    agreement,
    outcomeMismatches,
    differences,
    certified:
      total > 0 && agreement >= CALIBRATION_AGREEMENT_THRESHOLD && outcomeMismatches.length === 0,
  };
}
