import { and, asc, desc, eq, ne } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { actionPlan, actionStep, person, planComment, stage } from "../../schema/index.ts";
import { stageLinkColumns } from "../framework/framework-columns.ts";
import { personNameColumns } from "../people/person-columns.ts";
import { authorOfComment, planOfComment, stageOfPlan } from "../sql/same-district-joins.ts";
import { quoteStep, recordPlanEvent } from "./plan-history.ts";

export interface PlanCommentItem {
  id: string;
  stepId: string | null;
  replyToId: string | null;
  body: string;
  at: Date;
  author: { id: string; displayName: string };
  /** Written by the plan's teacher (a reply), rather than by a coach. */
  byTeacher: boolean;
}

/** Every comment on a plan, oldest first, so a conversation reads top to bottom. */
export async function listPlanComments(
  tx: Transaction,
  params: { planId: string },
): Promise<PlanCommentItem[]> {
  const rows = await tx
    .select({
      id: planComment.id,
      stepId: planComment.stepId,
      replyToId: planComment.replyToId,
      body: planComment.body,
      at: planComment.createdAt,
      author: personNameColumns,
      ownerId: actionPlan.personId,
    })
    .from(planComment)
    .innerJoin(person, authorOfComment)
    .innerJoin(actionPlan, planOfComment)
    .where(eq(planComment.planId, params.planId))
    .orderBy(asc(planComment.createdAt), asc(planComment.id));
  return rows.map(({ ownerId, ...row }) => ({ ...row, byTeacher: row.author.id === ownerId }));
}

export type AddCommentResult =
  | { ok: true; commentId: string }
  | { ok: false; problem: "step_not_in_plan" | "reply_not_in_plan" };

/**
 * Adds a comment or reply. The step and the comment replied to must belong to the same plan,
 * so nobody can hang a comment on someone else's plan through an id. A reply keeps the step of
 * the comment it answers.
 */
export async function addPlanComment(
  tx: Transaction,
  params: {
    districtId: string;
    authorId: string;
    planId: string;
    stepId: string | null;
    replyToId: string | null;
    body: string;
  },
): Promise<AddCommentResult> {
  let stepId = params.stepId;
  if (params.replyToId) {
    const [original] = await tx
      .select({ planId: planComment.planId, stepId: planComment.stepId })
      .from(planComment)
      .where(eq(planComment.id, params.replyToId))
      .limit(1);
    if (!original || original.planId !== params.planId)
      return { ok: false, problem: "reply_not_in_plan" };
    stepId = original.stepId;
  }
  let stepDescription: string | null = null;
  if (stepId) {
    const [step] = await tx
      .select({ planId: actionStep.planId, description: actionStep.description })
      .from(actionStep)
      .where(eq(actionStep.id, stepId))
      .limit(1);
    if (!step || step.planId !== params.planId) return { ok: false, problem: "step_not_in_plan" };
    stepDescription = step.description;
  }
  const [created] = await tx
    .insert(planComment)
    .values({
      districtId: params.districtId,
      planId: params.planId,
      stepId,
      authorId: params.authorId,
      replyToId: params.replyToId,
      body: params.body,
    })
    .returning({ id: planComment.id });
  if (!created) throw new Error("The comment was not saved.");
  const where = stepDescription ? `on ${quoteStep(stepDescription)}` : "on the plan";
  await recordPlanEvent(tx, {
    districtId: params.districtId,
    planId: params.planId,
    actorId: params.authorId,
    kind: params.replyToId ? "reply_added" : "comment_added",
    summary: params.replyToId ? `Replied to a comment ${where}` : `Commented ${where}`,
    detail: { commentId: created.id, stepId },
  });
  return { ok: true, commentId: created.id };
}

/** The latest comments others left on a teacher's plans, newest first, for their home page. */
export function recentCommentsForTeacher(
  tx: Transaction,
  params: { teacherId: string; limit: number },
) {
  return tx
    .select({
      id: planComment.id,
      planId: planComment.planId,
      stepId: planComment.stepId,
      body: planComment.body,
      at: planComment.createdAt,
      authorName: person.displayName,
      ...stageLinkColumns,
    })
    .from(planComment)
    .innerJoin(actionPlan, planOfComment)
    .innerJoin(stage, stageOfPlan)
    .innerJoin(person, authorOfComment)
    .where(
      and(eq(actionPlan.personId, params.teacherId), ne(planComment.authorId, params.teacherId)),
    )
    .orderBy(desc(planComment.createdAt), desc(planComment.id))
    .limit(params.limit);
}
