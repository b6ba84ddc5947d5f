import type { Transaction } from "@throughline/db/client";
import { teamRelation } from "@throughline/db/queries/meetings/meeting-access";
import { countIndicators } from "@throughline/db/queries/observations/observations-write";
import {
  focusesOfMyTeams,
  teamFocusHistory,
} from "@throughline/db/queries/team-focus/team-focus-read";
import {
  countMicropdSessions,
  nextScheduledMeeting,
  putFocusOnAgenda,
  saveTeamFocus,
} from "@throughline/db/queries/team-focus/team-focus-write";
import {
  focusAgendaText,
  setTeamFocusInputSchema,
  teamProfileInputSchema,
} from "@throughline/domain/team-focus";
import { TRPCError } from "@trpc/server";
import { fieldProblem } from "../../field-problem.ts";
import { authedProcedure, createRouter, teacherProcedure } from "../../trpc.ts";
import { buildTeamProfile } from "./profile.ts";

/** The team's facilitator, or the refusal that says why the viewer is not. */
async function requireFacilitator(tx: Transaction, personId: string, teamId: string) {
  const relation = await teamRelation(tx, { personId, teamId });
  if (relation === null) {
    throw new TRPCError({ code: "NOT_FOUND", message: "There is no such team." });
  }
  if (relation !== "facilitator") {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Only the team's facilitator reads its profile and sets its focus.",
    });
  }
}

/**
 * Teacher leaders choose their team's next focus: the facilitator reads the team profile and
 * sets the indicators and sessions the team works on next; teammates see it on their home and
 * it lands on the next meeting's agenda.
 */
export const teamFocusRouter = createRouter({
  profile: authedProcedure.input(teamProfileInputSchema).query(async ({ ctx, input }) => {
    await requireFacilitator(ctx.tx, ctx.personId, input.teamId);
    return buildTeamProfile(ctx.tx, {
      viewerId: ctx.personId,
      teamId: input.teamId,
      now: new Date(),
    });
  }),

  set: authedProcedure.input(setTeamFocusInputSchema).mutation(async ({ ctx, input }) => {
    await requireFacilitator(ctx.tx, ctx.personId, input.teamId);
    if ((await countIndicators(ctx.tx, input.indicatorIds)) !== input.indicatorIds.length) {
      throw fieldProblem(["indicatorIds"], "Choose indicators of your district's framework");
    }
    if ((await countMicropdSessions(ctx.tx, input.sessionIds)) !== input.sessionIds.length) {
      throw fieldProblem(["sessionIds"], "Choose MicroPD sessions of your district's framework");
    }
    const focusId = await saveTeamFocus(ctx.tx, {
      districtId: ctx.districtId,
      setById: ctx.personId,
      input,
    });
    const [meeting, [focus]] = await Promise.all([
      nextScheduledMeeting(ctx.tx, { teamId: input.teamId, now: new Date() }),
      teamFocusHistory(ctx.tx, { teamId: input.teamId, limit: 1 }),
    ]);
    if (meeting && focus) {
      await putFocusOnAgenda(ctx.tx, {
        districtId: ctx.districtId,
        meetingId: meeting.id,
        ...focusAgendaText(focus),
      });
    }
    return { focusId, agendaMeeting: meeting };
  }),

  /** The current focus of each of the teacher's teams: their team's recommended sessions. */
  mine: teacherProcedure.query(({ ctx }) => focusesOfMyTeams(ctx.tx, ctx.personId)),
});
