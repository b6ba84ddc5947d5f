import {
  existingIndicatorIds,
  findPlanId,
  isEnrolledInStage,
  listIndicators,
  loadPlanDetail,
  savePlan,
  setPlanSharing,
} from "@throughline/db/queries/action-plans/action-plans";
import {
  addStep,
  dueOrStuckSteps,
  findStep,
  updateStep,
} from "@throughline/db/queries/action-plans/action-steps";
import {
  addPlanComment,
  recentCommentsForTeacher,
} from "@throughline/db/queries/action-plans/plan-comments";
import { listPlanHistory } from "@throughline/db/queries/action-plans/plan-history";
import { listPlansSharedWithTeammate } from "@throughline/db/queries/action-plans/plan-readers";
import { advanceIfComplete } from "@throughline/db/queries/enrolments/progression";
import {
  addActionStepInputSchema,
  mayCommentOnPlan,
  planIdInputSchema,
  saveActionPlanInputSchema,
  setPlanSharingInputSchema,
  updateActionStepInputSchema,
} from "@throughline/domain/action-plan";
import { stageIdInputSchema } from "@throughline/domain/framework";
import { planCommentInputSchema } from "@throughline/domain/plan-comment";
import { TRPCError } from "@trpc/server";
import { notifyIfEnrolled } from "../../notifications/enrolment-notifications.ts";
import { notifyPlanComment, notifyStepStuck } from "../../notifications/plan-notifications.ts";
import { authedProcedure, createRouter, teacherProcedure } from "../../trpc.ts";
import { requirePlanCommenter, requirePlanOwner, requirePlanReader } from "./access.ts";

/** A calendar day `days` from now, as the database compares dates: "2026-11-25". */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export const actionPlanRouter = createRouter({
  /** The teacher's plan for a stage (null until written) and the indicators to choose from. */
  mine: teacherProcedure.input(stageIdInputSchema).query(async ({ ctx, input }) => {
    const planId = await findPlanId(ctx.tx, { personId: ctx.personId, stageId: input.stageId });
    const [plan, indicators] = await Promise.all([
      planId ? loadPlanDetail(ctx.tx, { planId }) : null,
      listIndicators(ctx.tx),
    ]);
    return { plan, indicators };
  }),

  /** Any plan the viewer may read: their own, a coachee's, or a teammate's shared plan. */
  byId: authedProcedure.input(planIdInputSchema).query(async ({ ctx, input }) => {
    const access = await requirePlanReader(ctx.tx, {
      planId: input.planId,
      viewerId: ctx.personId,
    });
    const plan = await loadPlanDetail(ctx.tx, { planId: input.planId });
    if (!plan) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such action plan." });
    return { plan, reader: access.reader, mayComment: mayCommentOnPlan(access.reader) };
  }),

  /** Plans teammates shared with the viewer's teams, for the "My team" page; each opens by id. */
  teamShared: authedProcedure.query(({ ctx }) =>
    listPlansSharedWithTeammate(ctx.tx, { viewerId: ctx.personId }),
  ),

  /** Writes the plan for a stage the teacher is enrolled in, or updates its goal and indicators. */
  save: teacherProcedure.input(saveActionPlanInputSchema).mutation(async ({ ctx, input }) => {
    if (!(await isEnrolledInStage(ctx.tx, { personId: ctx.personId, stageId: input.stageId }))) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: "You can write a plan only for a stage you are enrolled in.",
      });
    }
    const known = await existingIndicatorIds(ctx.tx, input.indicatorIds);
    if (input.indicatorIds.some((id) => !known.has(id))) {
      throw new TRPCError({ code: "NOT_FOUND", message: "One of the indicators does not exist." });
    }
    return savePlan(ctx.tx, {
      districtId: ctx.districtId,
      actorId: ctx.personId,
      personId: ctx.personId,
      ...input,
    });
  }),

  addStep: teacherProcedure.input(addActionStepInputSchema).mutation(async ({ ctx, input }) => {
    await requirePlanOwner(ctx.tx, { planId: input.planId, viewerId: ctx.personId });
    const stepId = await addStep(ctx.tx, {
      districtId: ctx.districtId,
      actorId: ctx.personId,
      ...input,
    });
    return { stepId };
  }),

  updateStep: teacherProcedure
    .input(updateActionStepInputSchema)
    .mutation(async ({ ctx, input }) => {
      const { stepId, baseRevision, ...changes } = input;
      const step = await findStep(ctx.tx, { stepId });
      if (!step) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such step." });
      await requirePlanOwner(ctx.tx, { planId: step.planId, viewerId: ctx.personId });
      const saved = await updateStep(ctx.tx, {
        districtId: ctx.districtId,
        actorId: ctx.personId,
        stepId,
        baseRevision,
        changes,
      });
      // Saved elsewhere since this copy was read: nothing written; the editor offers both.
      if (saved.outcome === "conflict") return { stepId, ...saved, next: null };
      if (changes.status === "stuck" && step.status !== "stuck") {
        await notifyStepStuck(
          { ...ctx, name: ctx.viewer.person.displayName },
          { stepId, description: changes.description ?? step.description },
        );
      }
      // A step done with evidence and a reflection can complete the stage and open the next.
      const next = await advanceIfComplete(ctx.tx, {
        personId: ctx.personId,
        stageId: step.stageId,
      });
      await notifyIfEnrolled(ctx, ctx.personId, next);
      return { stepId, ...saved, next };
    }),

  setSharing: teacherProcedure.input(setPlanSharingInputSchema).mutation(async ({ ctx, input }) => {
    await requirePlanOwner(ctx.tx, { planId: input.planId, viewerId: ctx.personId });
    await setPlanSharing(ctx.tx, { districtId: ctx.districtId, actorId: ctx.personId, ...input });
    return { sharedWithTeam: input.sharedWithTeam };
  }),

  /** Who changed what and when; for the teacher and their coaches (not teammates). */
  history: authedProcedure.input(planIdInputSchema).query(async ({ ctx, input }) => {
    await requirePlanCommenter(
      ctx.tx,
      { planId: input.planId, viewerId: ctx.personId },
      "The history is for the teacher and coach.",
    );
    return listPlanHistory(ctx.tx, input);
  }),

  /** A comment on the plan or a step, or a reply; by the teacher or one of their coaches. */
  comment: authedProcedure.input(planCommentInputSchema).mutation(async ({ ctx, input }) => {
    const access = await requirePlanCommenter(
      ctx.tx,
      { planId: input.planId, viewerId: ctx.personId },
      "Only the teacher and their coaches can comment on this plan.",
    );
    const result = await addPlanComment(ctx.tx, {
      districtId: ctx.districtId,
      authorId: ctx.personId,
      ...input,
    });
    if (!result.ok) {
      throw new TRPCError({
        code: "NOT_FOUND",
        message:
          result.problem === "step_not_in_plan"
            ? "There is no such step on this plan."
            : "There is no such comment on this plan.",
      });
    }
    await notifyPlanComment(
      { ...ctx, name: ctx.viewer.person.displayName },
      {
        commentId: result.commentId,
        body: input.body,
        isReply: input.replyToId !== null,
        reader: access.reader,
        plan: access.plan,
      },
    );
    return { commentId: result.commentId };
  }),

  /** For the teacher's home: steps that are stuck or due within a week, and recent coach comments. */
  attention: teacherProcedure.query(async ({ ctx }) => {
    const [steps, comments] = await Promise.all([
      dueOrStuckSteps(ctx.tx, { personId: ctx.personId, horizon: dayFromNow(7) }),
      recentCommentsForTeacher(ctx.tx, { teacherId: ctx.personId, limit: 5 }),
    ]);
    return { steps, comments, today: dayFromNow(0) };
  }),
});
