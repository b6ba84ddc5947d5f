import type { ActionStepStatus } from "../enums.ts";

/** The shape the rule needs from an action-plan step. */
export interface StepEvidenceFacts {
  status: ActionStepStatus;
  evidenceUrl: string | null;
  reflection: string | null;
}

/**
 * A step counts towards finishing a stage only when it is done, with evidence from the
 * classroom and a reflection on it. Blank text does not count.
 */
export function isStepCompleteWithEvidence(step: StepEvidenceFacts): boolean {
  return (
    step.status === "done" &&
    (step.evidenceUrl?.trim() ?? "") !== "" &&
    (step.reflection?.trim() ?? "") !== ""
  );
}
