import { teamRelation } from "@throughline/db/queries/meetings/meeting-access";
import { coachMeetings } from "@throughline/db/queries/meetings/meeting-lists";
import {
  listAgenda,
  listCommitments,
  listMembersWithAttendance,
} from "@throughline/db/queries/meetings/meeting-room";
import { meetingIdInputSchema, teamIdInputSchema } from "@throughline/domain/meeting";
import type { MeetingRecord, MeetingSummary } from "@throughline/domain/meeting-room";
import type { CoachMeetings } from "@throughline/domain/meeting-schedule";
import { TRPCError } from "@trpc/server";
import { adminProcedure, authedProcedure } from "../../trpc.ts";
import { requireRelated } from "./guard.ts";

/* Reading a meeting afterwards: the team's summary and the principal's record. */

export const meetingReadRouter = {
  /** For the team (members, facilitator, coaches): never the private note. */
  summary: authedProcedure
    .input(meetingIdInputSchema)
    .query(async ({ ctx, input }): Promise<MeetingSummary> => {
      const { meeting, relation } = await requireRelated(ctx, input.meetingId);
      if (relation === "principal") {
        throw new TRPCError({
          code: "FORBIDDEN",
          message:
            "The summary is for the team; you can see that the meeting happened and who attended.",
        });
      }
      const agenda = await listAgenda(ctx.tx, input);
      if (meeting.status !== "closed") {
        // Notes are the team's minutes once the meeting is over, not a live feed.
        return {
          meeting,
          viewerId: ctx.personId,
          agenda: agenda.map((item) => ({
            ...item,
            notes: "",
            notesVersion: 0,
            notesUpdatedByName: null,
            notesUpdatedAt: null,
          })),
          commitments: [],
          attendance: [],
        };
      }
      const [commitments, attendance] = await Promise.all([
        listCommitments(ctx.tx, input),
        listMembersWithAttendance(ctx.tx, { meetingId: meeting.id, teamId: meeting.teamId }),
      ]);
      return { meeting, viewerId: ctx.personId, agenda, commitments, attendance };
    }),

  /** For a principal of the team's school or a district admin: facts and attendance only. */
  record: adminProcedure
    .input(meetingIdInputSchema)
    .query(async ({ ctx, input }): Promise<MeetingRecord> => {
      const { meeting } = await requireRelated(ctx, input.meetingId);
      const [attendance, agenda, commitments] = await Promise.all([
        listMembersWithAttendance(ctx.tx, { meetingId: meeting.id, teamId: meeting.teamId }),
        listAgenda(ctx.tx, input),
        listCommitments(ctx.tx, input),
      ]);
      return {
        meeting: {
          id: meeting.id,
          title: meeting.title,
          teamId: meeting.teamId,
          teamName: meeting.teamName,
          startsAt: meeting.startsAt,
          endsAt: meeting.endsAt,
          status: meeting.status,
          heldMinutes: meeting.heldMinutes,
        },
        // The steps' names and lengths only: their notes are the team's.
        agenda: agenda.map(({ id, title, minutes, protocolName }) => ({
          id,
          title,
          minutes,
          protocolName,
        })),
        attendance,
        commitmentsMade: commitments.length,
      };
    }),

  /**
   * For a principal of the team's school or a district admin: the team's meetings of the next
   * 60 and the last 180 days, each opening its record.
   */
  teamMeetings: adminProcedure
    .input(teamIdInputSchema)
    .query(async ({ ctx, input }): Promise<CoachMeetings> => {
      const relation = await teamRelation(ctx.tx, { personId: ctx.personId, teamId: input.teamId });
      if (relation === null) {
        throw new TRPCError({
          code: "NOT_FOUND",
          message: "There is no such team at a school you lead.",
        });
      }
      const now = new Date();
      const day = 24 * 60 * 60 * 1000;
      return coachMeetings(ctx.tx, {
        teamIds: [input.teamId],
        now,
        upcomingUntil: new Date(now.getTime() + 60 * day),
        recentFrom: new Date(now.getTime() - 180 * day),
      });
    }),
};
