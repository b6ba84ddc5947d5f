import {
  getCaseload,
  getTeamCaseload,
  teamCaseloadAccess,
} from "@throughline/db/queries/caseload/caseload";
import { caseloadTeamInputSchema } from "@throughline/domain/caseload";
import { TRPCError } from "@trpc/server";
import { coachProcedure, createRouter } from "../../trpc.ts";

export const caseloadRouter = createRouter({
  /** One row per teacher the coach sees, with progress and flags. */
  mine: coachProcedure.query(({ ctx }) => getCaseload(ctx.tx, { personId: ctx.personId })),

  /** One team: members' rows, meeting history and attendance rate. */
  team: coachProcedure.input(caseloadTeamInputSchema).query(async ({ ctx, input }) => {
    const access = await teamCaseloadAccess(ctx.tx, {
      teamId: input.teamId,
      personId: ctx.personId,
    });
    if (!access) throw new TRPCError({ code: "NOT_FOUND", message: "No such team." });
    if (!access.canView) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: "Only the team's facilitator and coaches of its teachers can see this team.",
      });
    }
    const result = await getTeamCaseload(ctx.tx, { teamId: input.teamId });
    if (!result) throw new TRPCError({ code: "NOT_FOUND", message: "No such team." });
    return result;
  }),
});
