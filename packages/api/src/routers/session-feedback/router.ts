import {
  findFeedback,
  saveFeedbackAnswer,
  skipFeedback,
} from "@throughline/db/queries/session-feedback/feedback-answers";
import {
  findFinishedItem,
  pendingFeedbackItems,
} from "@throughline/db/queries/session-feedback/finished-items";
import {
  type FeedbackItemInput,
  type FeedbackOnItem,
  feedbackAnswerInputSchema,
  feedbackItemInputSchema,
  type PendingFeedback,
  pendingFeedbackListLength,
  pendingFeedbackSince,
} from "@throughline/domain/session-feedback";
import { TRPCError } from "@trpc/server";
import type { TenantScope } from "../../session.ts";
import { createRouter, districtAdminProcedure, teacherProcedure } from "../../trpc.ts";
import { authoredSessionFeedback } from "./authored-sessions.ts";

/*
 * The pulse after a MicroPD session, a workshop or a support meeting. A teacher answers only for
 * themselves (the person comes from the session, never the input) and only on an item they
 * finished; each item is asked once per teacher.
 */

async function requireFinished(ctx: TenantScope, input: FeedbackItemInput) {
  const item = await findFinishedItem(ctx.tx, { personId: ctx.personId, ...input });
  if (!item) {
    throw new TRPCError({
      code: "NOT_FOUND",
      message:
        input.itemKind === "micropd_session"
          ? "You can give feedback on a session once you have completed it."
          : input.itemKind === "workshop"
            ? "You can give feedback on a workshop once your attendance is recorded."
            : "You can give feedback on a meeting once it is held and you were present.",
    });
  }
  return item;
}

function onItem(
  item: { title: string } & FeedbackItemInput,
  saved: Awaited<ReturnType<typeof findFeedback>>,
): FeedbackOnItem {
  const answered =
    saved !== null &&
    (saved.usefulness !== null || saved.willUse !== null || saved.comment !== null);
  return {
    itemKind: item.itemKind,
    itemId: item.itemId,
    title: item.title,
    state: answered ? "answered" : saved?.skippedAt ? "skipped" : "unanswered",
    usefulness: saved?.usefulness ?? null,
    willUse: saved?.willUse ?? null,
    comment: saved?.comment ?? null,
  };
}

export const sessionFeedbackRouter = createRouter({
  /** The teacher's pulse on one item they finished: whether to ask, and what they answered. */
  forItem: teacherProcedure
    .input(feedbackItemInputSchema)
    .query(async ({ ctx, input }): Promise<FeedbackOnItem> => {
      const item = await requireFinished(ctx, input);
      const saved = await findFeedback(ctx.tx, { personId: ctx.personId, ...input });
      return onItem({ ...input, title: item.title }, saved);
    }),

  /** Saves one tap (a question's answer) or the comment; later taps change the answer. */
  answer: teacherProcedure
    .input(feedbackAnswerInputSchema)
    .mutation(async ({ ctx, input }): Promise<FeedbackOnItem> => {
      const item = await requireFinished(ctx, input);
      const saved = await saveFeedbackAnswer(ctx.tx, {
        districtId: ctx.districtId,
        personId: ctx.personId,
        itemKind: input.itemKind,
        itemId: input.itemId,
        usefulness: input.usefulness,
        willUse: input.willUse,
        comment: input.comment,
      });
      return onItem({ ...input, title: item.title }, saved);
    }),

  /** "Skip": not asked again about this item. An answered pulse stays answered. */
  skip: teacherProcedure
    .input(feedbackItemInputSchema)
    .mutation(async ({ ctx, input }): Promise<FeedbackOnItem> => {
      const item = await requireFinished(ctx, input);
      const saved = await skipFeedback(ctx.tx, {
        districtId: ctx.districtId,
        personId: ctx.personId,
        ...input,
        now: new Date(),
      });
      return onItem({ ...input, title: item.title }, saved);
    }),

  /** What the teacher finished in the last two weeks and has not answered or skipped. */
  // One prepared statement (budget in statement-budgets.test.ts).
  pending: teacherProcedure.query(
    ({ ctx }): Promise<PendingFeedback[]> =>
      pendingFeedbackItems(ctx.tx, {
        personId: ctx.personId,
        since: pendingFeedbackSince(new Date()),
        limit: pendingFeedbackListLength,
      }),
  ),

  /** Per MicroPD session of the district, for its framework authors. */
  authoredSessions: districtAdminProcedure.query(({ ctx }) => authoredSessionFeedback(ctx.tx)),
});
