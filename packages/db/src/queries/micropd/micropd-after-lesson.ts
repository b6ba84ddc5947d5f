import { afterLessonStepDescription } from "@throughline/domain/rules/after-lesson";
import { and, eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { actionPlan, actionStep, micropdProgress, notification } from "../../schema/index.ts";
import { findPlanId, savePlan } from "../action-plans/action-plans.ts";
import { addStep, updateStep } from "../action-plans/action-steps.ts";
import { markAllNotificationsRead } from "../notifications/notification-centre.ts";
import { planOfStep } from "../sql/same-district-joins.ts";
import { completedProgressOf, progressOf, type ReflectionWrite } from "./progress-of.ts";

/* The after-the-lesson part of a MicroPD reflection: its plan step and the teacher's answer. */

/** The goal of a plan started only to hold after-lesson steps; the teacher can rewrite it. */
export const afterLessonPlanGoal = "Trying this stage's practices in my classroom";

interface SessionRef {
  id: string;
  title: string;
  stageId: string;
}

/** The teacher's after-lesson step for a session, with its plan's stage; null when none. */
export async function findAfterLessonStep(
  tx: Transaction,
  params: { personId: string; sessionId: string },
) {
  const [row] = await tx
    .select({
      id: actionStep.id,
      planId: actionStep.planId,
      stageId: actionPlan.stageId,
      status: actionStep.status,
      dueOn: actionStep.dueOn,
      revision: actionStep.revision,
    })
    .from(actionStep)
    .innerJoin(actionPlan, planOfStep)
    .where(
      and(eq(actionPlan.personId, params.personId), eq(actionStep.fromSessionId, params.sessionId)),
    )
    .limit(1);
  return row ?? null;
}

/**
 * Puts "After the lesson: reflect on …" on the teacher's plan for the session's stage (starting
 * the plan when there is none), once: completing the session again finds the step it made.
 */
export async function openAfterLessonStep(
  tx: Transaction,
  params: { districtId: string; personId: string; session: SessionRef; dueOn: string },
): Promise<{ stepId: string; planId: string }> {
  const existing = await findAfterLessonStep(tx, {
    personId: params.personId,
    sessionId: params.session.id,
  });
  if (existing) return { stepId: existing.id, planId: existing.planId };
  const actor = { districtId: params.districtId, actorId: params.personId };
  const planId =
    (await findPlanId(tx, { personId: params.personId, stageId: params.session.stageId })) ??
    (
      await savePlan(tx, {
        ...actor,
        personId: params.personId,
        stageId: params.session.stageId,
        goal: afterLessonPlanGoal,
        indicatorIds: [],
      })
    ).planId;
  const stepId = await addStep(tx, {
    ...actor,
    planId,
    description: afterLessonStepDescription(params.session.title),
    dueOn: params.dueOn,
    fromSession: { id: params.session.id, title: params.session.title },
  });
  return { stepId, planId };
}

/** The teacher's after-lesson answer on a completed session; null when the session is not done. */
export async function getAfterLesson(
  tx: Transaction,
  params: { personId: string; sessionId: string },
) {
  const [row] = await tx
    .select({
      completedAt: micropdProgress.completedAt,
      reflection: micropdProgress.reflection,
      afterLessonReflection: micropdProgress.afterLessonReflection,
      afterLessonCompletedAt: micropdProgress.afterLessonCompletedAt,
    })
    .from(micropdProgress)
    .where(completedProgressOf(params));
  return row ?? null;
}

/**
 * Writes the after-lesson reflection on the teacher's progress and finishes the plan step with
 * it (the step's history records the change), marking its reminders read. Writing again
 * rewrites it; the first date stays.
 */
export async function writeAfterLesson(
  tx: Transaction,
  params: ReflectionWrite,
): Promise<{ completedAt: Date }> {
  const before = await getAfterLesson(tx, params);
  const completedAt = before?.afterLessonCompletedAt ?? params.now;
  await tx
    .update(micropdProgress)
    .set({ afterLessonReflection: params.reflection, afterLessonCompletedAt: completedAt })
    .where(progressOf(params));
  const step = await findAfterLessonStep(tx, params);
  if (step) {
    await updateStep(tx, {
      districtId: params.districtId,
      actorId: params.personId,
      stepId: step.id,
      // Read in this transaction just above: the reflection is the teacher's latest word.
      baseRevision: step.revision,
      changes: { status: "done", reflection: params.reflection },
    });
    // The reminders about it are answered: they leave the unread count.
    await markAllNotificationsRead(
      tx,
      params,
      eq(notification.kind, "after_lesson_due"),
      eq(notification.subjectId, step.id),
    );
  }
  return { completedAt };
}
