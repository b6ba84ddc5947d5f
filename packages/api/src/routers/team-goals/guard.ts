import type { Transaction } from "@throughline/db/client";
import {
  mayRun,
  type TeamRelation,
  teamRelation,
} from "@throughline/db/queries/meetings/meeting-access";
import { TRPCError } from "@trpc/server";

/*
 * Who may do what with a team's goal, by the same relation that decides who runs its meetings
 * (meeting-access): the facilitator and the team's coaches set the goal and record checkpoints;
 * members read it all; a principal of the school (or the district) reads where it stands.
 */

interface Ctx {
  tx: Transaction;
  personId: string;
}

/** How the viewer stands to the team: NOT_FOUND when there is no such team or no relation. */
export async function requireTeamReader(ctx: Ctx, teamId: string): Promise<TeamRelation> {
  const relation = await teamRelation(ctx.tx, { personId: ctx.personId, teamId });
  // Null both for no such team and for an unrelated viewer: neither learns the team exists.
  if (relation === null) {
    throw new TRPCError({ code: "NOT_FOUND", message: "There is no such team." });
  }
  return relation;
}

/** The viewer may set the team's goal and record its checkpoints. */
export async function requireTeamGoalWriter(ctx: Ctx, teamId: string): Promise<void> {
  const relation = await requireTeamReader(ctx, teamId);
  if (!mayRun(relation)) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Only the team's facilitator or coach can set its goal and record its checkpoints.",
    });
  }
}
