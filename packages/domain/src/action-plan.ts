import { z } from "zod";
import { actionStepStatusSchema } from "./enums.ts";
import {
  calendarDateSchema,
  idSchema,
  optionalText,
  optionalWebUrlSchema,
  requiredText,
} from "./ids.ts";

/** The status labels live apart from the schemas, so a page can show them without zod. */
export { actionStepStatusLabels } from "./action-step-labels.ts";

/** A teacher's goal for a stage, with classroom steps, evidence and reflections. */
const actionPlanSchema = z.object({
  id: idSchema,
  personId: idSchema,
  stageId: idSchema,
  goal: requiredText({ missing: "Write a goal for this stage", label: "Goal", max: 1000 }),
});

/**
 * One thing to do in the classroom. A step agreed in a support meeting (a commitment) keeps the
 * meeting it came from, so it comes back at the next meeting.
 */
const actionStepSchema = z.object({
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

/** The most indicators one plan may target: a plan about everything is a plan about nothing. */
export const maxPlanIndicators = 5;

/**
 * Create or update the teacher's plan for a stage (one per teacher per stage). The teacher
 * comes from the signed-in person, never from the request body.
 */
export const saveActionPlanInputSchema = z.object({
  stageId: idSchema,
  goal: actionPlanSchema.shape.goal,
  indicatorIds: z
    .array(idSchema)
    .max(maxPlanIndicators, `Choose at most ${maxPlanIndicators} indicators`)
    .refine((ids) => new Set(ids).size === ids.length, "Choose each indicator once"),
});

export const planIdInputSchema = z.object({ planId: idSchema });

export const setPlanSharingInputSchema = z.object({
  planId: idSchema,
  sharedWithTeam: z.boolean({ error: "Say whether the plan is shared" }),
});

export const addActionStepInputSchema = actionStepSchema
  .pick({ planId: true, description: true })
  .extend({ dueOn: calendarDateSchema.nullable().default(null) });

/**
 * Only the fields given change; evidence text and link may be cleared with null or "".
 * `baseRevision` is the step's revision the editor last saw: a save from an older copy is refused.
 */
export const updateActionStepInputSchema = actionStepSchema
  .pick({ description: true, status: true, dueOn: true, evidenceUrl: true, reflection: true })
  .extend({ evidenceText: optionalText({ label: "Evidence", max: 5000 }) })
  .partial()
  .extend({
    stepId: idSchema,
    baseRevision: z.number({ error: "Say which copy of the step this edit is from" }).int().min(0),
  });

/** Who is looking at a plan, which decides what they may do with it. */
const planReaderKindSchema = z.enum(["owner", "coach", "teammate"]);
export type PlanReaderKind = z.infer<typeof planReaderKindSchema>;

/** Teammates read a shared plan; only its teacher and their coaches write comments. */
export function mayCommentOnPlan(reader: PlanReaderKind): boolean {
  return reader === "owner" || reader === "coach";
}
