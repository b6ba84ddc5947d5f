import { teamGoal } from "../../schema/index.ts";

/** What a team goal measures, from what to what and by when: what its status is judged on. */
export const goalMeasureColumns = {
  measure: teamGoal.measure,
  unit: teamGoal.unit,
  baselineValue: teamGoal.baselineValue,
  targetValue: teamGoal.targetValue,
  startsOn: teamGoal.startsOn,
  targetOn: teamGoal.targetOn,
};
