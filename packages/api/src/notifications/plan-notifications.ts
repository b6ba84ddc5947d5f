import { coachesOf } from "@throughline/db/queries/caseload/teacher-coaches";
import { notify } from "@throughline/db/queries/notifications/notify";
import type { Transaction } from "@throughline/db/tenant";
import type { PlanReaderKind } from "@throughline/domain/action-plan";

/** The part of a request these notifications need: who acted, in which district. */
interface Actor {
  tx: Transaction;
  districtId: string;
  personId: string;
  name: string;
}

/** Short enough for a notification line; the full text is one click away. */
function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/**
 * A comment written on a plan tells the other side of the conversation: a coach's comment or
 * reply tells the plan's teacher; the teacher's comment or reply tells their coaches (the
 * people the plan's read rule admits as "coach"). Teammates reading a shared plan cannot
 * comment, so they are never told.
 */
export async function notifyPlanComment(
  actor: Actor,
  comment: {
    commentId: string;
    body: string;
    isReply: boolean;
    reader: PlanReaderKind;
    plan: { personId: string; stageId: string };
  },
): Promise<void> {
  const anchor = `#comment-${comment.commentId}`;
  if (comment.reader === "coach") {
    await notify(actor.tx, actor.districtId, {
      recipientIds: [comment.plan.personId],
      kind: "coach_comment",
      title: comment.isReply
        ? `${actor.name} replied on your action plan`
        : `${actor.name} commented on your action plan`,
      body: excerpt(comment.body),
      link: { app: "teacher", path: `/action-plan?stage=${comment.plan.stageId}${anchor}` },
      subjectId: comment.commentId,
    });
    return;
  }
  if (comment.reader !== "owner") return;
  const coaches = await coachesOf(actor.tx, comment.plan.personId);
  await notify(actor.tx, actor.districtId, {
    recipientIds: coaches,
    kind: "teacher_reply",
    title: comment.isReply
      ? `${actor.name} replied on their action plan`
      : `${actor.name} commented on their action plan`,
    body: excerpt(comment.body),
    link: { app: "coach", path: `/teachers/${comment.plan.personId}${anchor}` },
    subjectId: comment.commentId,
  });
}

/** A step newly marked stuck tells the teacher's coaches, who can help before it stalls. */
export async function notifyStepStuck(
  actor: Actor,
  step: { stepId: string; description: string },
): Promise<void> {
  const coaches = await coachesOf(actor.tx, actor.personId);
  await notify(actor.tx, actor.districtId, {
    recipientIds: coaches,
    kind: "step_stuck",
    title: `${actor.name} is stuck on a step`,
    body: excerpt(step.description),
    link: { app: "coach", path: `/teachers/${actor.personId}#step-${step.stepId}` },
    subjectId: step.stepId,
  });
}
