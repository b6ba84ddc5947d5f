import {
  addCommitment,
  checkInCommitment,
  listCheckIns,
} from "@throughline/db/queries/meetings/commitments";
import {
  closeMeeting,
  isAgendaItemOf,
  recordAttendance,
  setActiveItem,
  startMeeting,
} from "@throughline/db/queries/meetings/meeting-close";
import { saveAgendaNotes, savePrivateNote } from "@throughline/db/queries/meetings/meeting-notes";
import {
  isTeamMember,
  listMembersWithAttendance,
  loadMeetingRoom,
} from "@throughline/db/queries/meetings/meeting-room";
import { districtTimeZone } from "@throughline/db/queries/notifications/notice-facts";
import { findGoalOwner } from "@throughline/db/queries/team-goals/team-goal-owners";
import { tieCommitmentToGoal } from "@throughline/db/queries/team-goals/team-goal-writes";
import { formatLocalDate } from "@throughline/domain/local-time";
import { meetingIdInputSchema, recordAttendanceInputSchema } from "@throughline/domain/meeting";
import {
  addCommitmentInputSchema,
  checkInInputSchema,
  closeMeetingInputSchema,
  saveAgendaNotesInputSchema,
  savePrivateNoteInputSchema,
  setActiveItemInputSchema,
  startMeetingInputSchema,
} from "@throughline/domain/meeting-room";
import { startTiming } from "@throughline/domain/rules/meeting-held";
import { TRPCError } from "@trpc/server";
import { fieldProblem } from "../../field-problem.ts";
import { notifyIfEnrolled } from "../../notifications/enrolment-notifications.ts";
import { notifyMeetingChange } from "../../notifications/meeting-notifications.ts";
import { coachProcedure, createRouter } from "../../trpc.ts";
import { requireRunner, requireStatus } from "./guard.ts";
import { meetingReadRouter } from "./read.ts";

/** Running a support meeting: facilitators and coaches of the team only (meeting-access). */
export const meetingRoomRouter = createRouter({
  ...meetingReadRouter,

  /** Everything the room shows, private coaching notes included. */
  open: coachProcedure.input(meetingIdInputSchema).query(async ({ ctx, input }) => {
    await requireRunner(ctx, input.meetingId);
    const room = await loadMeetingRoom(ctx.tx, input);
    if (!room) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such meeting." });
    return room;
  }),

  /**
   * Starts the room. Before its scheduled day (in the district's zone) a meeting starts only
   * when the coach says to move it to now, which is recorded; after its day it starts as it is,
   * and the day it was held is what its credit carries.
   */
  start: coachProcedure.input(startMeetingInputSchema).mutation(async ({ ctx, input }) => {
    const meeting = await requireRunner(ctx, input.meetingId);
    requireStatus(meeting, ["scheduled"], "start a meeting");
    const now = new Date();
    const timeZone = await districtTimeZone(ctx.tx, ctx.districtId);
    const early = startTiming(meeting.startsAt, now, timeZone) === "before_day";
    if (early && input.moveToNow !== true) {
      const day = formatLocalDate(meeting.startsAt, timeZone);
      throw new TRPCError({
        code: "PRECONDITION_FAILED",
        message: `This meeting is scheduled for ${day}. Move it to now and start?`,
      });
    }
    const movedBy = early ? { movedBy: ctx.personId } : {};
    if (!(await startMeeting(ctx.tx, { meetingId: meeting.id, now, ...movedBy }))) {
      throw new TRPCError({ code: "CONFLICT", message: "Someone started this meeting already." });
    }
    // A move changes members' calendars: they hear of it as of any other change of time.
    if (early) await notifyMeetingChange(ctx, "changed", [meeting.id]);
  }),

  setActiveItem: coachProcedure.input(setActiveItemInputSchema).mutation(async ({ ctx, input }) => {
    const meeting = await requireRunner(ctx, input.meetingId);
    requireStatus(meeting, ["in_progress"], "move between steps");
    if (!(await isAgendaItemOf(ctx.tx, input))) {
      throw fieldProblem(["itemId"], "That step is not on this meeting's agenda.");
    }
    await setActiveItem(ctx.tx, { ...input, now: new Date() });
  }),

  recordAttendance: coachProcedure
    .input(recordAttendanceInputSchema)
    .mutation(async ({ ctx, input }) => {
      const meeting = await requireRunner(ctx, input.meetingId);
      requireStatus(meeting, ["in_progress"], "mark attendance");
      const members = await listMembersWithAttendance(ctx.tx, {
        meetingId: meeting.id,
        teamId: meeting.teamId,
      });
      const memberIds = new Set(members.map((member) => member.personId));
      const stranger = input.records.findIndex((record) => !memberIds.has(record.personId));
      if (stranger >= 0) {
        throw fieldProblem(["records", stranger, "personId"], "This person is not on the team.");
      }
      await recordAttendance(ctx.tx, { districtId: ctx.districtId, ...input });
    }),

  /** Shared notes on a step: while running and after closing (tidying up the minutes). */
  saveNotes: coachProcedure.input(saveAgendaNotesInputSchema).mutation(async ({ ctx, input }) => {
    const meeting = await requireRunner(ctx, input.meetingId);
    requireStatus(meeting, ["in_progress", "closed"], "write notes");
    const result = await saveAgendaNotes(ctx.tx, { ...input, actorId: ctx.personId });
    if (!result) throw fieldProblem(["itemId"], "That step is not on this meeting's agenda.");
    return result;
  }),

  savePrivateNote: coachProcedure
    .input(savePrivateNoteInputSchema)
    .mutation(async ({ ctx, input }) => {
      const meeting = await requireRunner(ctx, input.meetingId);
      return savePrivateNote(ctx.tx, {
        ...input,
        meetingId: meeting.id,
        districtId: ctx.districtId,
        actorId: ctx.personId,
      });
    }),

  addCommitment: coachProcedure.input(addCommitmentInputSchema).mutation(async ({ ctx, input }) => {
    const meeting = await requireRunner(ctx, input.meetingId);
    requireStatus(meeting, ["in_progress"], "record a commitment");
    if (!(await isTeamMember(ctx.tx, { teamId: meeting.teamId, personId: input.personId }))) {
      throw fieldProblem(["personId"], "Choose someone on the team.");
    }
    const goal = input.teamGoalId
      ? await findGoalOwner(ctx.tx, { goalId: input.teamGoalId })
      : null;
    if (input.teamGoalId && goal?.teamId !== meeting.teamId) {
      throw fieldProblem(["teamGoalId"], "Choose one of this team's goals.");
    }
    const added = await addCommitment(ctx.tx, {
      districtId: ctx.districtId,
      actorId: ctx.personId,
      meeting: { id: meeting.id, title: meeting.title },
      personId: input.personId,
      description: input.description,
      dueOn: input.dueOn,
    });
    if (!added) {
      const members = await listMembersWithAttendance(ctx.tx, {
        meetingId: meeting.id,
        teamId: meeting.teamId,
      });
      const name = members.find((m) => m.personId === input.personId)?.displayName ?? "They";
      throw fieldProblem(["personId"], `${name} is not enrolled in a stage yet.`);
    }
    if (goal)
      await tieCommitmentToGoal(ctx.tx, { actionStepId: added.actionStepId, goalId: goal.goalId });
    return added;
  }),

  checkIn: coachProcedure.input(checkInInputSchema).mutation(async ({ ctx, input }) => {
    const meeting = await requireRunner(ctx, input.meetingId);
    requireStatus(meeting, ["in_progress"], "check in on commitments");
    const [row] = await listCheckIns(ctx.tx, {
      meetingId: meeting.id,
      teamId: meeting.teamId,
      startsAt: meeting.startsAt,
      actionStepId: input.actionStepId,
    });
    if (!row) {
      throw fieldProblem(
        ["actionStepId"],
        "That is not an open commitment from an earlier meeting of this team.",
      );
    }
    await checkInCommitment(ctx.tx, {
      districtId: ctx.districtId,
      actorId: ctx.personId,
      meeting: { id: meeting.id, title: meeting.title },
      row,
      status: input.status,
      note: input.note,
    });
  }),

  close: coachProcedure.input(closeMeetingInputSchema).mutation(async ({ ctx, input }) => {
    const meeting = await requireRunner(ctx, input.meetingId);
    requireStatus(meeting, ["in_progress"], "close a meeting");
    const members = await listMembersWithAttendance(ctx.tx, {
      meetingId: meeting.id,
      teamId: meeting.teamId,
    });
    const unmarked = members.filter((member) => member.attendance === null);
    if (unmarked.length > 0) {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: `Mark attendance for everyone before closing: ${unmarked.map((m) => m.displayName).join(", ")}.`,
      });
    }
    const closed = await closeMeeting(ctx.tx, {
      meetingId: meeting.id,
      heldMinutes: input.heldMinutes,
      presentIds: members.filter((m) => m.attendance === "present").map((m) => m.personId),
      now: new Date(),
    });
    if (!closed) throw new TRPCError({ code: "CONFLICT", message: "Someone closed it already." });
    for (const { personId, outcome } of closed) await notifyIfEnrolled(ctx, personId, outcome);
  }),
});
