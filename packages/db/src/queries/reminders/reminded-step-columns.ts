import { actionPlan, actionStep } from "../../schema/index.ts";

/**
 * What the step reminder rules read of a plan step and whom they remind: the plan's teacher.
 * Needs the step joined to its plan (`planOfStep`).
 */
export const remindedStepColumns = {
  stepId: actionStep.id,
  status: actionStep.status,
  dueOn: actionStep.dueOn,
  personId: actionPlan.personId,
};
