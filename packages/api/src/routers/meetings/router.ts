import type { Transaction } from "@throughline/db/client";
import { findProtocolSteps } from "@throughline/db/queries/framework/protocols";
import { mayRun, teamRelation } from "@throughline/db/queries/meetings/meeting-access";
import { coachMeetings, memberMeetings } from "@throughline/db/queries/meetings/meeting-lists";
import {
  cancelMeetings,
  insertMeetings,
  insertSeries,
  replaceAgendas,
  rescheduleMeeting,
  schedulableTeams,
} from "@throughline/db/queries/meetings/meeting-schedule";
import {
  cancelMeetingInputSchema,
  rescheduleMeetingInputSchema,
  scheduleMeetingInputSchema,
} from "@throughline/domain/meeting";
import type {
  CoachMeetings,
  MyMeetings,
  ScheduledMeetings,
} from "@throughline/domain/meeting-schedule";
import { meetingOccurrences, recurrenceRule } from "@throughline/domain/rules/meeting-recurrence";
import { TRPCError } from "@trpc/server";
import { fieldProblem } from "../../field-problem.ts";
import { notifyMeetingChange } from "../../notifications/meeting-notifications.ts";
import { authedProcedure, coachProcedure, createRouter } from "../../trpc.ts";
import { requireTeamBlock, withCollaborationBlocks } from "./blocks.ts";
import { requireRunnableMeeting } from "./guards.ts";
import { fitToSchoolWeek, withSchoolWeek } from "./week.ts";

const DAY_MS = 86_400_000;

/** The chosen protocol steps as an agenda copies them; a step not in the district is refused. */
async function agendaCopies(ctx: { tx: Transaction }, stepIds: string[]) {
  const steps = await findProtocolSteps(ctx.tx, { stepIds });
  const byId = new Map(steps.map(({ id, ...step }) => [id, step]));
  const agenda = stepIds.map((id) => byId.get(id));
  if (agenda.some((step) => step === undefined)) {
    throw fieldProblem(["agenda"], "Choose agenda steps from the district's protocols");
  }
  return agenda.filter((step) => step !== undefined);
}

export const meetingsRouter = createRouter({
  /** Teams the viewer may schedule for: the ones they facilitate or coach. */
  schedulableTeams: coachProcedure.query(async ({ ctx }) => {
    const teams = await schedulableTeams(ctx.tx, { personId: ctx.personId });
    return withSchoolWeek(ctx, await withCollaborationBlocks(ctx, teams));
  }),

  /**
   * A one-off meeting, or a series with one meeting per occurrence; each gets its own copy of
   * the agenda, so notes and changes stay with the meeting they belong to.
   */
  schedule: coachProcedure
    .input(scheduleMeetingInputSchema)
    .mutation(async ({ ctx, input }): Promise<ScheduledMeetings> => {
      const relation = await teamRelation(ctx.tx, { personId: ctx.personId, teamId: input.teamId });
      // No relation (or no such team in the district) is refused like any other non-runner.
      if (!mayRun(relation)) {
        throw new TRPCError({
          code: "FORBIDDEN",
          message: "Only the team's facilitator or coach can schedule its meetings.",
        });
      }
      await requireTeamBlock(ctx, input);
      const agenda = await agendaCopies(ctx, input.agenda);
      const durationMs = input.endsAt.getTime() - input.startsAt.getTime();
      let seriesId: string | null = null;
      const rrule = input.recurrence
        ? recurrenceRule(input.recurrence, input.startsAt, input.timeZone)
        : null;
      const { starts, skipped, warnings } = await fitToSchoolWeek(ctx, {
        teamId: input.teamId,
        starts: rrule
          ? meetingOccurrences({ rrule, firstStartsAt: input.startsAt, timeZone: input.timeZone })
          : [input.startsAt],
        durationMs,
        series: rrule !== null,
      });
      if (rrule) {
        seriesId = await insertSeries(ctx.tx, {
          districtId: ctx.districtId,
          teamId: input.teamId,
          rrule,
          timeZone: input.timeZone,
          firstStartsAt: input.startsAt,
          durationMinutes: Math.round(durationMs / 60_000),
          createdById: ctx.personId,
        });
      }
      const meetingIds = await insertMeetings(ctx.tx, {
        districtId: ctx.districtId,
        teamId: input.teamId,
        seriesId,
        title: input.title,
        location: input.location,
        videoUrl: input.videoUrl,
        occurrences: starts.map((startsAt) => ({
          startsAt,
          endsAt: new Date(startsAt.getTime() + durationMs),
        })),
        agenda,
        collaborationBlockId: input.collaborationBlockId ?? null,
      });
      await notifyMeetingChange(ctx, "scheduled", meetingIds);
      return { meetingIds, seriesId, skipped, warnings };
    }),

  /**
   * Moves, renames or re-agendas a scheduled meeting, or it and the rest of its series (each
   * moved meeting gets its own copy of a new agenda).
   */
  reschedule: coachProcedure
    .input(rescheduleMeetingInputSchema)
    .mutation(async ({ ctx, input }) => {
      const meeting = await requireRunnableMeeting(ctx, input.id, "moved");
      const following =
        input.andFollowing && meeting.seriesId
          ? { seriesId: meeting.seriesId, fromStartsAt: meeting.startsAt }
          : null;
      const agenda = input.agenda ? await agendaCopies(ctx, input.agenda) : null;
      const movedIds = await rescheduleMeeting(ctx.tx, { ...input, following });
      if (agenda) {
        await replaceAgendas(ctx.tx, { districtId: ctx.districtId, meetingIds: movedIds, agenda });
      }
      await notifyMeetingChange(ctx, "changed", movedIds);
      return { id: input.id, movedIds };
    }),

  /** Cancels a scheduled meeting, or it and the rest of its series. */
  cancel: coachProcedure.input(cancelMeetingInputSchema).mutation(async ({ ctx, input }) => {
    const meeting = await requireRunnableMeeting(ctx, input.meetingId, "cancelled");
    const following =
      input.andFollowing && meeting.seriesId
        ? { seriesId: meeting.seriesId, fromStartsAt: meeting.startsAt }
        : null;
    const cancelledIds = await cancelMeetings(ctx.tx, { meetingId: meeting.id, following });
    await notifyMeetingChange(ctx, "cancelled", cancelledIds);
    return { cancelledIds };
  }),

  /** Upcoming (90 days) and recent (30 days) meetings of the teams the viewer runs. */
  forCoach: coachProcedure.query(async ({ ctx }): Promise<CoachMeetings> => {
    const teams = await schedulableTeams(ctx.tx, { personId: ctx.personId });
    const now = new Date();
    return coachMeetings(ctx.tx, {
      teamIds: teams.map((team) => team.id),
      now,
      upcomingUntil: new Date(now.getTime() + 90 * DAY_MS),
      recentFrom: new Date(now.getTime() - 30 * DAY_MS),
    });
  }),

  /** The viewer's team meetings in the next 60 days with their agendas, and recent summaries. */
  upcomingForMe: authedProcedure.query(({ ctx }): Promise<MyMeetings> => {
    const now = new Date();
    return memberMeetings(ctx.tx, {
      personId: ctx.personId,
      now,
      upcomingUntil: new Date(now.getTime() + 60 * DAY_MS),
      pastFrom: new Date(now.getTime() - 60 * DAY_MS),
    });
  }),
});
