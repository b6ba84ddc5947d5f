import { getStagePage } from "@throughline/db/queries/enrolments/stage-page";
import { stageIdInputSchema } from "@throughline/domain/framework";
import { TRPCError } from "@trpc/server";
import { createRouter, teacherProcedure } from "../../trpc.ts";

export const pathRouter = createRouter({
  /**
   * One stage of the teacher's path: their cohort's workshop, every MicroPD session with its
   * state for them, the stage status and what remains; a read-only preview when the stage is not
   * theirs.
   */
  stage: teacherProcedure.input(stageIdInputSchema).query(async ({ ctx, input }) => {
    const page = await getStagePage(ctx.tx, {
      personId: ctx.personId,
      stageId: input.stageId,
      now: new Date(),
    });
    if (!page) {
      throw new TRPCError({ code: "NOT_FOUND", message: "No such stage in your district." });
    }
    return page;
  }),
});
