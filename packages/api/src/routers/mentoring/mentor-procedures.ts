import { getTeacherHome } from "@throughline/db/queries/home-pages/teacher-home";
import {
  checklistItemExists,
  checklistOf,
  setChecklistTick,
} from "@throughline/db/queries/mentoring/induction-checklist";
import { planStepCountsOf } from "@throughline/db/queries/mentoring/mentee-plan-summary";
import {
  openAssignmentOf,
  openAssignmentsOfMentor,
} from "@throughline/db/queries/mentoring/mentor-assignments";
import {
  assignmentOfConversation,
  conversationsOfMentee,
  insertConversation,
  updateConversation,
} from "@throughline/db/queries/mentoring/mentoring-conversations";
import {
  editConversationInputSchema,
  logConversationInputSchema,
  menteeInputSchema,
  tickChecklistItemInputSchema,
} from "@throughline/domain/mentoring";
import { TRPCError } from "@trpc/server";
import { fieldProblem } from "../../field-problem.ts";
import { authedProcedure } from "../../trpc.ts";
import { assignmentAsMentor, districtToday, withProgress } from "./mentoring-access.ts";
import { notifyConversationLogged } from "./mentoring-notifications.ts";

const BEFORE_START = "The conversation cannot be before the mentoring started";

/*
 * The mentor's side (any teacher or coach may be assigned as a mentor, so these are per row,
 * not per tier) and the checklist tick the mentee shares.
 */
export const mentoringMentorProcedures = {
  /** The viewer's current mentees, with their checklist progress. */
  myMentees: authedProcedure.query(async ({ ctx }) =>
    withProgress(ctx.tx, await openAssignmentsOfMentor(ctx.tx, ctx.personId)),
  ),

  /**
   * One mentee as their mentor sees them: their path (stages, sessions done, and how many steps
   * of each action plan are done, not what they say), the checklist and the whole log.
   */
  mentee: authedProcedure.input(menteeInputSchema).query(async ({ ctx, input }) => {
    const assignment = await assignmentAsMentor(ctx.tx, {
      viewerId: ctx.personId,
      menteeId: input.menteeId,
    });
    const [path, planSteps, checklist, conversations, today] = await Promise.all([
      getTeacherHome(ctx.tx, { personId: input.menteeId, now: new Date() }),
      planStepCountsOf(ctx.tx, input.menteeId),
      checklistOf(ctx.tx, { menteeId: input.menteeId, startedOn: assignment.startedOn }),
      conversationsOfMentee(ctx.tx, { viewerId: ctx.personId, menteeId: input.menteeId }),
      districtToday(ctx.tx, ctx.districtId),
    ]);
    return { assignment, path, planSteps, checklist, conversations, today };
  }),

  logConversation: authedProcedure
    .input(logConversationInputSchema)
    .mutation(async ({ ctx, input }) => {
      const assignment = await assignmentAsMentor(ctx.tx, {
        viewerId: ctx.personId,
        menteeId: input.menteeId,
      });
      if (input.heldOn < assignment.startedOn) {
        throw fieldProblem(["heldOn"], BEFORE_START);
      }
      const conversationId = await insertConversation(ctx.tx, {
        districtId: ctx.districtId,
        assignmentId: assignment.id,
        input,
      });
      await notifyConversationLogged(
        { tx: ctx.tx, districtId: ctx.districtId },
        { assignment, topic: input.topic, conversationId },
      );
      return { conversationId };
    }),

  /** The mentor edits a conversation of a mentoring they still hold. */
  editConversation: authedProcedure
    .input(editConversationInputSchema)
    .mutation(async ({ ctx, input }) => {
      const found = await assignmentOfConversation(ctx.tx, input.conversationId);
      if (!found || found.mentorId !== ctx.personId) {
        throw new TRPCError({ code: "NOT_FOUND", message: "No such conversation in your log." });
      }
      if (found.endedOn !== null) {
        throw new TRPCError({
          code: "FORBIDDEN",
          message: "This mentoring has ended: its log can no longer be changed.",
        });
      }
      if (input.heldOn < found.startedOn) {
        throw fieldProblem(["heldOn"], BEFORE_START);
      }
      await updateConversation(ctx.tx, input);
      return { conversationId: input.conversationId };
    }),

  /** The mentor, or the mentee themselves, ticks or unticks a checklist item. */
  tick: authedProcedure.input(tickChecklistItemInputSchema).mutation(async ({ ctx, input }) => {
    if (input.menteeId === ctx.personId) {
      if (!(await openAssignmentOf(ctx.tx, ctx.personId))) {
        throw new TRPCError({
          code: "FORBIDDEN",
          message: "Your checklist opens when a mentor is assigned to you.",
        });
      }
    } else {
      await assignmentAsMentor(ctx.tx, { viewerId: ctx.personId, menteeId: input.menteeId });
    }
    if (!(await checklistItemExists(ctx.tx, input.itemId))) {
      throw fieldProblem(["itemId"], "Choose an item of your district's checklist");
    }
    await setChecklistTick(ctx.tx, {
      districtId: ctx.districtId,
      menteeId: input.menteeId,
      itemId: input.itemId,
      done: input.done,
      tickedById: ctx.personId,
      today: await districtToday(ctx.tx, ctx.districtId),
    });
    return { itemId: input.itemId, done: input.done };
  }),
};
