import { findSession, type SessionRecord } from "@throughline/db/queries/micropd/micropd";
import {
  findAfterLessonStep,
  getAfterLesson,
  openAfterLessonStep,
  writeAfterLesson,
} from "@throughline/db/queries/micropd/micropd-after-lesson";
import { districtTimeZone } from "@throughline/db/queries/notifications/notice-facts";
import { localDay } from "@throughline/domain/local-time";
import { sessionIdInputSchema } from "@throughline/domain/micropd";
import { completeSessionInputSchema } from "@throughline/domain/progress";
import { afterLessonDueOn } from "@throughline/domain/rules/after-lesson";
import { TRPCError } from "@trpc/server";
import type { TenantScope } from "../../session.ts";
import { teacherProcedure } from "../../trpc.ts";

/* The after-the-lesson part of a MicroPD reflection: opened on completing, written later. */

/** The plan step a completed session opened for its after-lesson reflection; null if none asked. */
export type AfterLessonOpened = { stepId: string; planId: string; dueOn: string } | null;

/**
 * When the session asks about a lesson not taught yet, puts the after-lesson step on the
 * teacher's plan (once), due a week after today in the district.
 */
export async function openAfterLessonIfAsked(
  ctx: TenantScope,
  params: { session: SessionRecord; now: Date },
): Promise<AfterLessonOpened> {
  const { session } = params;
  if (session.afterLessonPrompts.length === 0) return null;
  const timeZone = await districtTimeZone(ctx.tx, ctx.districtId);
  const dueOn = afterLessonDueOn(localDay(params.now, timeZone));
  const opened = await openAfterLessonStep(ctx.tx, {
    districtId: ctx.districtId,
    personId: ctx.personId,
    session: { id: session.id, title: session.title, stageId: session.stageId },
    dueOn,
  });
  return { ...opened, dueOn };
}

/** The session and the caller's completed progress in it, or the reason there is nothing to write. */
async function completedWithAfterLesson(ctx: TenantScope, sessionId: string) {
  const session = await findSession(ctx.tx, { sessionId });
  if (!session) {
    throw new TRPCError({
      code: "NOT_FOUND",
      message: "No such MicroPD session in your district.",
    });
  }
  if (session.afterLessonPrompts.length === 0) {
    throw new TRPCError({
      code: "NOT_FOUND",
      message: "This session asks nothing after the lesson.",
    });
  }
  const progress = await getAfterLesson(ctx.tx, { personId: ctx.personId, sessionId });
  if (!progress?.completedAt) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message:
        "Complete the session first; its after-the-lesson questions come back once you have.",
    });
  }
  return { session, progress: { ...progress, completedAt: progress.completedAt } };
}

export const afterLessonProcedures = {
  /** The after-lesson page: the questions, what the teacher planned, and their answer if written. */
  afterLesson: teacherProcedure.input(sessionIdInputSchema).query(async ({ ctx, input }) => {
    const { session, progress } = await completedWithAfterLesson(ctx, input.sessionId);
    const step = await findAfterLessonStep(ctx.tx, {
      personId: ctx.personId,
      sessionId: session.id,
    });
    return {
      session: {
        id: session.id,
        title: session.title,
        stage: { id: session.stageId, position: session.stagePosition, title: session.stageTitle },
      },
      prompts: session.afterLessonPrompts,
      reflectionPrompts: session.reflectionPrompts,
      planned: progress.reflection,
      completedAt: progress.completedAt,
      afterLesson:
        progress.afterLessonReflection && progress.afterLessonCompletedAt
          ? {
              reflection: progress.afterLessonReflection,
              completedAt: progress.afterLessonCompletedAt,
            }
          : null,
      step: step
        ? { id: step.id, stageId: step.stageId, dueOn: step.dueOn, status: step.status }
        : null,
    };
  }),

  /** Writes the after-lesson reflection and finishes its plan step with it. */
  completeAfterLesson: teacherProcedure
    .input(completeSessionInputSchema)
    .mutation(async ({ ctx, input }) => {
      const { session } = await completedWithAfterLesson(ctx, input.sessionId);
      const { completedAt } = await writeAfterLesson(ctx.tx, {
        districtId: ctx.districtId,
        personId: ctx.personId,
        sessionId: session.id,
        reflection: input.reflection,
        now: new Date(),
      });
      const step = await findAfterLessonStep(ctx.tx, {
        personId: ctx.personId,
        sessionId: session.id,
      });
      return {
        completedAt,
        reflection: input.reflection,
        step: step ? { id: step.id, stageId: step.stageId, status: step.status } : null,
      };
    }),
};
