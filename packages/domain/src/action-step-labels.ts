import type { ActionStepStatus } from "./enums.ts";

/**
 * Words people see for each action-step status ("in_progress" reads as "Doing"). A file of its
 * own, with no schema: the teacher's home shows these labels, and importing them from
 * `action-plan.ts` put zod and every plan schema into the home page's first download.
 */
export const actionStepStatusLabels: Record<ActionStepStatus, string> = {
  planned: "Planned",
  in_progress: "Doing",
  done: "Done",
  stuck: "Stuck",
};
