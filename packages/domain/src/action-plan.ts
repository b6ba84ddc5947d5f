import { z } from "zod";
import { actionStepStatusSchema } from "./enums.ts";
import {
  calendarDateSchema,
  idSchema,
  optionalText,
  optionalWebUrlSchema,
  requiredText,
} from "./ids.ts";

/** A teacher's goal for a stage, with classroom steps, evidence and reflections. */
export const actionPlanSchema = z.object({
  id: idSchema,
  personId: idSchema,
  stageId: idSchema,
  goal: requiredText({ missing: "Write a goal for this stage", label: "Goal", max: 1000 }),
});
export type ActionPlan = z.infer<typeof actionPlanSchema>;

/**
 * One thing to do in the classroom. A step agreed in a support meeting (a commitment) keeps the
 * meeting it came from, so it comes back at the next meeting.
 */
export const actionStepSchema = z.object({
  id: idSchema,
  planId: idSchema,
  description: requiredText({ missing: "Describe the step", label: "Description", max: 1000 }),
  status: actionStepStatusSchema,
  dueOn: calendarDateSchema.nullable(),
  /** A link to a lesson plan, student work or a video of the lesson. */
  evidenceUrl: optionalWebUrlSchema,
  reflection: optionalText({ label: "Reflection", max: 5000 }),
  fromMeetingId: idSchema.nullable(),
});
export type ActionStep = z.infer<typeof actionStepSchema>;

/** The teacher comes from the signed-in person or the meeting, not from the request body. */
export const createActionPlanInputSchema = actionPlanSchema.pick({ stageId: true, goal: true });
export type CreateActionPlanInput = z.infer<typeof createActionPlanInputSchema>;

export const updateActionPlanInputSchema = actionPlanSchema.pick({ id: true, goal: true });
export type UpdateActionPlanInput = z.infer<typeof updateActionPlanInputSchema>;

export const addActionStepInputSchema = actionStepSchema.pick({
  planId: true,
  description: true,
  dueOn: true,
  fromMeetingId: true,
});
export type AddActionStepInput = z.infer<typeof addActionStepInputSchema>;

export const updateActionStepInputSchema = actionStepSchema
  .pick({ description: true, status: true, dueOn: true, evidenceUrl: true, reflection: true })
  .partial()
  .extend({ id: idSchema });
export type UpdateActionStepInput = z.infer<typeof updateActionStepInputSchema>;
