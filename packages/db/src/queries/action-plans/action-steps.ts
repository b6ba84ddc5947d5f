import { actionStepStatusLabels } from "@throughline/domain/action-plan";
import type { ActionStepStatus } from "@throughline/domain/enums";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { actionPlan, actionStep, stage } from "../../schema/index.ts";
import { stageLinkColumns } from "../framework/framework-columns.ts";
import { nextPosition } from "../sql/next-position.ts";
import { planOfStep, stageOfPlan } from "../sql/same-district-joins.ts";
import type { Actor } from "./action-plans.ts";
import { quoteStep, recordPlanEvent } from "./plan-history.ts";

/* The steps of action plans: adding, changing (with the history each change leaves), finding. */

export async function addStep(
  tx: Transaction,
  params: Actor & {
    planId: string;
    description: string;
    dueOn: string | null;
    /** The meeting where the teacher committed to it; the step and its history say so. */
    fromMeeting?: { id: string; title: string };
    /** The MicroPD session whose after-the-lesson reflection the step asks for. */
    fromSession?: { id: string; title: string };
  },
): Promise<string> {
  const [created] = await tx
    .insert(actionStep)
    .values({
      districtId: params.districtId,
      planId: params.planId,
      position: nextPosition(actionStep.position, eq(actionStep.planId, params.planId)),
      description: params.description,
      dueOn: params.dueOn,
      fromMeetingId: params.fromMeeting?.id ?? null,
      fromSessionId: params.fromSession?.id ?? null,
    })
    .returning({ id: actionStep.id });
  if (!created) throw new Error("The step was not added.");
  await touchPlan(tx, params.planId);
  await recordPlanEvent(tx, {
    districtId: params.districtId,
    planId: params.planId,
    actorId: params.actorId,
    kind: "step_added",
    summary: params.fromMeeting
      ? `Added the step ${quoteStep(params.description)} at the meeting ${params.fromMeeting.title}`
      : params.fromSession
        ? `Added the step ${quoteStep(params.description)} on completing ${params.fromSession.title}`
        : `Added the step ${quoteStep(params.description)}`,
    detail: { stepId: created.id },
  });
  return created.id;
}

/** The step and the plan it belongs to; null when there is no such step. */
export async function findStep(tx: Transaction, params: { stepId: string }) {
  const [row] = await tx
    .select({
      id: actionStep.id,
      planId: actionStep.planId,
      stageId: actionPlan.stageId,
      description: actionStep.description,
      status: actionStep.status,
      dueOn: actionStep.dueOn,
      evidenceText: actionStep.evidenceText,
      evidenceUrl: actionStep.evidenceUrl,
      reflection: actionStep.reflection,
      revision: actionStep.revision,
    })
    .from(actionStep)
    .innerJoin(actionPlan, planOfStep)
    .where(eq(actionStep.id, params.stepId))
    .limit(1);
  return row ?? null;
}

export interface StepChanges {
  description?: string;
  status?: ActionStepStatus;
  dueOn?: string | null;
  evidenceText?: string | null;
  evidenceUrl?: string | null;
  reflection?: string | null;
}

const stepFields: readonly (keyof StepChanges)[] = [
  "description",
  "status",
  "dueOn",
  "evidenceText",
  "evidenceUrl",
  "reflection",
];

const fieldWords: Record<Exclude<keyof StepChanges, "status">, string> = {
  description: "the description",
  dueOn: "the due date",
  evidenceText: "the evidence",
  evidenceUrl: "the evidence link",
  reflection: "the reflection",
};

/** What a save answers: written on the next revision, or refused with the step as saved now. */
export type StepSaveResult =
  | { outcome: "saved"; revision: number }
  | { outcome: "conflict"; revision: number; current: StepFields };

type StepFields = Required<StepChanges>;

/**
 * Changes the given fields of a step when `baseRevision` is still its revision (compare-and-set),
 * so an edit made from an older copy on another device never overwrites silently; records a
 * status change and other edits as their own entries.
 */
export async function updateStep(
  tx: Transaction,
  params: Actor & { stepId: string; baseRevision: number; changes: StepChanges },
): Promise<StepSaveResult> {
  const before = await findStep(tx, params);
  if (!before) throw new Error("The step does not exist.");
  // A fixed order, so the history reads the same however the request listed the fields.
  const changed = stepFields.filter(
    (key) => params.changes[key] !== undefined && params.changes[key] !== before[key],
  );
  const values = Object.fromEntries(changed.map((key) => [key, params.changes[key]]));
  const [written] = await tx
    .update(actionStep)
    .set({ ...values, revision: sql`${actionStep.revision} + 1` })
    .where(and(eq(actionStep.id, params.stepId), eq(actionStep.revision, params.baseRevision)))
    .returning({ revision: actionStep.revision });
  if (!written) {
    // Read again under the update's lock: the row as the other save left it.
    const current = (await findStep(tx, params)) ?? before;
    return {
      outcome: "conflict",
      revision: current.revision,
      current: Object.fromEntries(stepFields.map((key) => [key, current[key]])) as StepFields,
    };
  }
  if (changed.length === 0) return { outcome: "saved", revision: written.revision };
  await touchPlan(tx, before.planId);

  const description = params.changes.description ?? before.description;
  const base = { districtId: params.districtId, planId: before.planId, actorId: params.actorId };
  if (changed.includes("status") && params.changes.status) {
    await recordPlanEvent(tx, {
      ...base,
      kind: "step_status_changed",
      summary: `Marked ${quoteStep(description)} as ${actionStepStatusLabels[params.changes.status].toLowerCase()}`,
      detail: { stepId: params.stepId, from: before.status, to: params.changes.status },
    });
  }
  const edits = changed.filter(
    (key): key is Exclude<keyof StepChanges, "status"> => key !== "status",
  );
  if (edits.length > 0) {
    const words = edits.map((key) => fieldWords[key]);
    const list =
      words.length > 1 ? `${words.slice(0, -1).join(", ")} and ${words.at(-1)}` : words[0];
    await recordPlanEvent(tx, {
      ...base,
      kind: "step_edited",
      summary: `Updated ${list} of ${quoteStep(description)}`,
      detail: { stepId: params.stepId, fields: edits },
    });
  }
  return { outcome: "saved", revision: written.revision };
}

/** A plan's "last changed" moves with its steps, so lists can sort by recent work. */
async function touchPlan(tx: Transaction, planId: string): Promise<void> {
  await tx.update(actionPlan).set({ updatedAt: new Date() }).where(eq(actionPlan.id, planId));
}

/** Steps that need the teacher: stuck, or not done and due by `horizon` (overdue ones included). */
export async function dueOrStuckSteps(
  tx: Transaction,
  params: { personId: string; horizon: string },
) {
  return tx
    .select({
      id: actionStep.id,
      planId: actionPlan.id,
      description: actionStep.description,
      status: actionStep.status,
      dueOn: actionStep.dueOn,
      ...stageLinkColumns,
    })
    .from(actionStep)
    .innerJoin(actionPlan, planOfStep)
    .innerJoin(stage, stageOfPlan)
    .where(
      and(
        eq(actionPlan.personId, params.personId),
        sql`(${actionStep.status} = 'stuck' or (${actionStep.status} <> 'done' and ${actionStep.dueOn} <= ${params.horizon}::date))`,
      ),
    )
    .orderBy(
      sql`${actionStep.status} = 'stuck' desc`,
      asc(actionStep.dueOn),
      asc(actionStep.position),
    );
}
