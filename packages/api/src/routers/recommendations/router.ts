import type { Transaction } from "@throughline/db/client";
import { coachesTeacher } from "@throughline/db/queries/action-plans/plan-readers";
import { listDismissals } from "@throughline/db/queries/micropd/recommendation-dismissals";
import {
  recommendationsFor,
  recordDecision,
  sessionStandingFor,
  withdrawPins,
} from "@throughline/db/queries/micropd/recommendations";
import { getIndicatorGrowth } from "@throughline/db/queries/observations/indicator-growth";
import {
  dismissForTeacherInputSchema,
  dismissRecommendationInputSchema,
  indicatorGrowthInputSchema,
  pinRecommendationInputSchema,
  recommendationsForTeacherInputSchema,
  unpinRecommendationInputSchema,
} from "@throughline/domain/recommendation";
import { TRPCError } from "@trpc/server";
import { fieldProblem } from "../../field-problem.ts";
import { authedProcedure, coachProcedure, createRouter, teacherProcedure } from "../../trpc.ts";

/*
 * The individual path. Recommendations carry coaching reasons, so only the teacher and the
 * coaches and facilitators who support them read them; principals do not.
 */

const notYourTeacher = () =>
  new TRPCError({
    code: "FORBIDDEN",
    message: "You can see the recommendations of teachers you coach or whose team you facilitate.",
  });

async function requireSupports(tx: Transaction, coachId: string, teacherId: string) {
  if (!(await coachesTeacher(tx, { coachId, teacherId }))) throw notYourTeacher();
}

async function requireSession(tx: Transaction, personId: string, sessionId: string) {
  const standing = await sessionStandingFor(tx, { personId, sessionId });
  if (!standing) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such session." });
  return standing;
}

export const recommendationsRouter = createRouter({
  /** The signed-in teacher's recommended sessions, pinned first. */
  mine: teacherProcedure.query(({ ctx }) => recommendationsFor(ctx.tx, { personId: ctx.personId })),

  /** "Not for me": the teacher dismisses one session with a reason. */
  dismiss: teacherProcedure
    .input(dismissRecommendationInputSchema)
    .mutation(async ({ ctx, input }) => {
      await requireSession(ctx.tx, ctx.personId, input.sessionId);
      await recordDecision(ctx.tx, {
        districtId: ctx.districtId,
        personId: ctx.personId,
        sessionId: input.sessionId,
        kind: "dismissed",
        reason: input.reason,
        decidedById: ctx.personId,
      });
      return { dismissed: true as const };
    }),

  /**
   * A supported teacher's list as their coach may see it: built without walkthroughs (evaluation),
   * so it can differ from the teacher's own list; pins and dismissals are the same.
   */
  forTeacher: coachProcedure
    .input(recommendationsForTeacherInputSchema)
    .query(async ({ ctx, input }) => {
      await requireSupports(ctx.tx, ctx.personId, input.teacherId);
      return recommendationsFor(ctx.tx, {
        personId: input.teacherId,
        viewer: "supporting_coach",
        readerId: ctx.personId,
      });
    }),

  /** A coach sets a session aside for the teacher, with the reason; the teacher's list drops it. */
  dismissFor: coachProcedure
    .input(dismissForTeacherInputSchema)
    .mutation(async ({ ctx, input }) => {
      await requireSupports(ctx.tx, ctx.personId, input.teacherId);
      await requireSession(ctx.tx, input.teacherId, input.sessionId);
      await recordDecision(ctx.tx, {
        districtId: ctx.districtId,
        personId: input.teacherId,
        sessionId: input.sessionId,
        kind: "dismissed",
        reason: input.reason,
        decidedById: ctx.personId,
      });
      return { dismissed: true as const };
    }),

  /** What was set aside for a supported teacher, by them or a coach, and why. */
  dismissedFor: coachProcedure
    .input(recommendationsForTeacherInputSchema)
    .query(async ({ ctx, input }) => {
      await requireSupports(ctx.tx, ctx.personId, input.teacherId);
      return listDismissals(ctx.tx, { personId: input.teacherId });
    }),

  /** A coach assigns a session: it comes first on the teacher's list until completed. */
  pin: coachProcedure.input(pinRecommendationInputSchema).mutation(async ({ ctx, input }) => {
    await requireSupports(ctx.tx, ctx.personId, input.teacherId);
    const standing = await requireSession(ctx.tx, input.teacherId, input.sessionId);
    if (!standing.open) {
      throw fieldProblem(["sessionId"], "This session's stage is not open to this teacher yet.");
    }
    if (standing.completed) {
      throw new TRPCError({
        code: "CONFLICT",
        message: "The teacher has already completed this session.",
      });
    }
    await recordDecision(ctx.tx, {
      districtId: ctx.districtId,
      personId: input.teacherId,
      sessionId: input.sessionId,
      kind: "pinned",
      reason: null,
      decidedById: ctx.personId,
    });
    return { pinned: true as const };
  }),

  /**
   * Withdraws every pin of the session for the teacher (whoever pinned it): the session is
   * recommended or not as the evidence and the teacher's own earlier choices say.
   */
  unpin: coachProcedure.input(unpinRecommendationInputSchema).mutation(async ({ ctx, input }) => {
    await requireSupports(ctx.tx, ctx.personId, input.teacherId);
    await requireSession(ctx.tx, input.teacherId, input.sessionId);
    const removed = await withdrawPins(ctx.tx, {
      personId: input.teacherId,
      sessionId: input.sessionId,
    });
    return { unpinned: removed > 0 };
  }),

  /**
   * Levels per indicator over time. The teacher sees all their published evidence; a coach who
   * supports them sees coaching observations and imported ratings, no walkthroughs. Beside them,
   * the teacher's own ratings from the self-assessments the viewer may read in full.
   */
  growth: authedProcedure.input(indicatorGrowthInputSchema).query(async ({ ctx, input }) => {
    const teacherId = input?.teacherId ?? ctx.personId;
    if (teacherId === ctx.personId) {
      return getIndicatorGrowth(ctx.tx, { teacherId, viewer: "teacher", viewerId: ctx.personId });
    }
    if (!(await coachesTeacher(ctx.tx, { coachId: ctx.personId, teacherId }))) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: "You can see the growth of teachers you coach or whose team you facilitate.",
      });
    }
    return getIndicatorGrowth(ctx.tx, {
      teacherId,
      viewer: "supporting_coach",
      viewerId: ctx.personId,
    });
  }),
});
