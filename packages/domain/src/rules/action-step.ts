import type { ActionStepStatus } from "../enums.ts";

/** The shape the rule needs from an action-plan step. */
export interface StepEvidenceFacts {
  status: ActionStepStatus;
  evidenceUrl: string | null;
  /** Evidence described in words. */
  evidenceText?: string | null;
  /** How many files are attached as evidence. */
  evidenceFileCount?: number;
  reflection: string | null;
}

const filled = (text: string | null | undefined) => (text?.trim() ?? "") !== "";

/** Evidence is a link, a description or at least one uploaded file. */
function hasEvidence(step: StepEvidenceFacts): boolean {
  return filled(step.evidenceUrl) || filled(step.evidenceText) || (step.evidenceFileCount ?? 0) > 0;
}

/**
 * A step counts towards finishing a stage only when it is done, with evidence from the
 * classroom and a reflection on it. Blank text does not count. (The stage-progress query
 * applies the same test in SQL; its test keeps the two in step.)
 */
export function isStepCompleteWithEvidence(step: StepEvidenceFacts): boolean {
  return step.status === "done" && hasEvidence(step) && filled(step.reflection);
}
