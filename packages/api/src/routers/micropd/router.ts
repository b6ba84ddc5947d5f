import { advanceIfComplete } from "@throughline/db/queries/enrolments/progression";
import {
  completeSession,
  countSessionBlocks,
  findSession,
  findStageEnrolment,
  getSessionProgress,
  loadSequence,
  loadSessionContent,
  type SequenceSession,
  type SessionRecord,
  saveSessionPlace,
  toOutcome,
} from "@throughline/db/queries/micropd/micropd";
import {
  clearReflectionDraft,
  getReflectionDraft,
  saveReflectionDraft,
} from "@throughline/db/queries/micropd/micropd-reflection-draft";
import { recommendationsFor } from "@throughline/db/queries/micropd/recommendations";
import type { Transaction } from "@throughline/db/tenant";
import { mayTakeElective } from "@throughline/domain/catalogue-rules";
import { formatInstant } from "@throughline/domain/date-format";
import type {
  CompleteSessionResult,
  ReflectionDraftSaveResult,
  SessionView,
} from "@throughline/domain/micropd";
import {
  placeInSessionSchema,
  saveReflectionDraftInputSchema,
  sessionIdInputSchema,
} from "@throughline/domain/micropd";
import { completeSessionInputSchema, saveProgressInputSchema } from "@throughline/domain/progress";
import { nextAfterCompleting, sessionAccess } from "@throughline/domain/rules/session-sequence";
import type { ProgressionOutcome } from "@throughline/domain/workshop";
import { TRPCError } from "@trpc/server";
import { notifyIfEnrolled } from "../../notifications/enrolment-notifications.ts";
import type { TenantScope } from "../../session.ts";
import { createRouter, teacherProcedure } from "../../trpc.ts";
import {
  type AfterLessonOpened,
  afterLessonProcedures,
  openAfterLessonIfAsked,
} from "./after-lesson.ts";

interface OpenSession {
  session: SessionRecord;
  sequence: SequenceSession[];
  /** Taken as an elective, outside any enrolment in its stage: the catalogue is where it leads. */
  fromCatalogue: boolean;
}

/**
 * The session, if the teacher may open it now: a session of a stage they are enrolled in that is
 * completed already or is their next one and released — or any session recommended to them (for
 * an indicator below target, or assigned by their coach), which opens at once, out of order:
 * that is the individual path — or any elective session of the catalogue, which every active
 * teacher may take without an enrolment. Every procedure here goes through this, so the rule is
 * enforced by the API whatever the app shows.
 */
async function openSessionFor(
  ctx: TenantScope,
  sessionId: string,
  now: Date,
): Promise<OpenSession> {
  const tx = ctx.tx;
  const params = { personId: ctx.personId, sessionId, now, timeZone: ctx.viewer.district.timeZone };
  const session = await findSession(tx, params);
  if (!session) {
    throw new TRPCError({
      code: "NOT_FOUND",
      message: "No such MicroPD session in your district.",
    });
  }
  const enrolled = await findStageEnrolment(tx, {
    personId: params.personId,
    stageId: session.stageId,
  });
  const sequence = await loadSequence(tx, {
    personId: params.personId,
    stageId: session.stageId,
    cohort: enrolled,
  });
  const completed = sequence.some((item) => item.id === session.id && item.completedAt !== null);
  const access = enrolled ? sessionAccess(sequence, session.id, params.now) : null;
  const fromCatalogue =
    !access?.open &&
    mayTakeElective({ elective: session.elective, activeTeacher: ctx.scope.tiers.teacher });
  if (access?.open || completed || fromCatalogue || (await isRecommendedTo(tx, params))) {
    return { session, sequence, fromCatalogue: fromCatalogue && !enrolled };
  }
  const message = !access
    ? `You are not enrolled in Stage ${session.stagePosition}: ${session.stageTitle}, so its sessions are not open to you yet.`
    : access.reason === "scheduled"
      ? `This session opens on ${formatInstant(access.opensAt, { timeZone: params.timeZone, style: "longWeekdayDate" })}.`
      : access.reason === "ahead"
        ? `Sessions open one after another: finish session ${access.next.position}, “${access.next.title}”, first.`
        : "This session is not part of your stage.";
  throw new TRPCError({ code: "FORBIDDEN", message });
}

/** Whether the session is on the teacher's recommended list now. Asked only off the usual path. */
async function isRecommendedTo(
  tx: Transaction,
  params: { personId: string; sessionId: string },
): Promise<boolean> {
  const recommended = await recommendationsFor(tx, { personId: params.personId });
  return recommended.some((item) => item.sessionId === params.sessionId);
}

export const micropdRouter = createRouter({
  ...afterLessonProcedures,

  /** One session for the player: content, indicators, prompts, and the caller's own progress. */
  session: teacherProcedure.input(sessionIdInputSchema).query(async ({ ctx, input }) => {
    const now = new Date();
    const { session, sequence, fromCatalogue } = await openSessionFor(ctx, input.sessionId, now);
    const [content, progress, reflectionDraft] = await Promise.all([
      loadSessionContent(ctx.tx, input),
      getSessionProgress(ctx.tx, { personId: ctx.personId, sessionId: session.id }),
      getReflectionDraft(ctx.tx, { personId: ctx.personId, sessionId: session.id }),
    ]);
    const view: SessionView = {
      session: {
        id: session.id,
        position: session.position,
        title: session.title,
        summary: session.summary,
        estimatedMinutes: session.estimatedMinutes,
        reflectionPrompts: session.reflectionPrompts,
        afterLessonPrompts: session.afterLessonPrompts,
      },
      stage: { id: session.stageId, position: session.stagePosition, title: session.stageTitle },
      sessionsTotal: sequence.length,
      indicators: content.indicators,
      blocks: content.blocks,
      progress: {
        // A place saved before the session's blocks changed still lands inside the session.
        currentBlock: Math.min(progress.currentBlock, content.blocks.length),
        completedAt: progress.completedAt,
        reflection: progress.reflection,
        afterLessonCompletedAt: progress.afterLessonCompletedAt,
      },
      next: toOutcome(nextAfterCompleting(sequence, session.id, now)),
      reflectionDraft,
      fromCatalogue,
    };
    return view;
  }),

  /** Remembers the block the teacher is on, so leaving and coming back resumes there. */
  saveProgress: teacherProcedure.input(saveProgressInputSchema).mutation(async ({ ctx, input }) => {
    const { session } = await openSessionFor(ctx, input.sessionId, new Date());
    const blocks = await countSessionBlocks(ctx.tx, input);
    const place = placeInSessionSchema(blocks).safeParse(input);
    if (!place.success) {
      // As a zod error, so the field is named like any other bad input.
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: place.error.message,
        cause: place.error,
      });
    }
    await saveSessionPlace(ctx.tx, {
      districtId: ctx.districtId,
      personId: ctx.personId,
      sessionId: session.id,
      currentBlock: input.currentBlock,
    });
    return { currentBlock: input.currentBlock };
  }),

  /**
   * Saves the reflection the teacher is writing, as they type, if the server still holds the
   * revision it was based on; otherwise answers with what another device saved meanwhile.
   */
  saveReflectionDraft: teacherProcedure
    .input(saveReflectionDraftInputSchema)
    .mutation(async ({ ctx, input }): Promise<ReflectionDraftSaveResult> => {
      const { session } = await openSessionFor(ctx, input.sessionId, new Date());
      const result = await saveReflectionDraft(ctx.tx, {
        districtId: ctx.districtId,
        personId: ctx.personId,
        sessionId: session.id,
        text: input.text,
        baseRevision: input.baseRevision,
      });
      if (result.saved) return { outcome: "saved", revision: result.revision };
      return {
        outcome: "conflict",
        message: "This reflection was changed on another device since you opened it.",
        theirs: { text: result.current.text ?? "", revision: result.current.revision },
      };
    }),

  /**
   * Completes the session with the teacher's reflection and says what opens next. Completing
   * again rewrites the reflection only: one row, the first completion date, minutes credited once.
   */
  complete: teacherProcedure
    .input(completeSessionInputSchema)
    .mutation(
      async ({
        ctx,
        input,
      }): Promise<
        CompleteSessionResult & { stageOutcome: ProgressionOutcome; afterLesson: AfterLessonOpened }
      > => {
        const now = new Date();
        const { session, sequence } = await openSessionFor(ctx, input.sessionId, now);
        const blocks = await countSessionBlocks(ctx.tx, input);
        const done = await completeSession(ctx.tx, {
          districtId: ctx.districtId,
          personId: ctx.personId,
          sessionId: session.id,
          reflection: input.reflection,
          creditedMinutes: session.estimatedMinutes,
          currentBlock: blocks,
          now,
        });
        // The reflection is written: no draft of it is pending any more.
        await clearReflectionDraft(ctx.tx, { personId: ctx.personId, sessionId: session.id });
        // A question about a lesson not taught yet comes back as a plan step and a reminder.
        const afterLesson = await openAfterLessonIfAsked(ctx, { session, now });
        // The last session can complete the stage; then the next stage opens at once.
        const stageOutcome = await advanceIfComplete(ctx.tx, {
          personId: ctx.personId,
          stageId: session.stageId,
          now,
        });
        await notifyIfEnrolled(ctx, ctx.personId, stageOutcome);
        return {
          ...done,
          next: toOutcome(nextAfterCompleting(sequence, session.id, now)),
          stageOutcome,
          afterLesson,
        };
      },
    ),
});
