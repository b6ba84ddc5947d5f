import { getStage, listStages } from "@throughline/db/queries/framework/framework";
import { stageIdInputSchema } from "@throughline/domain/framework";
import { TRPCError } from "@trpc/server";
import { authedProcedure, createRouter } from "../../trpc.ts";

export const frameworkRouter = createRouter({
  /** The district's stages in order, with how many MicroPD sessions each holds. */
  stages: authedProcedure.query(({ ctx }) => listStages(ctx.tx)),

  /** One stage with its ordered MicroPD sessions. */
  stage: authedProcedure.input(stageIdInputSchema).query(async ({ ctx, input }) => {
    const stage = await getStage(ctx.tx, input);
    if (!stage)
      throw new TRPCError({ code: "NOT_FOUND", message: "No such stage in your district." });
    return stage;
  }),
});
