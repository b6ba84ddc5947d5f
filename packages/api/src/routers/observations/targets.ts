import { loadIndicatorsInOrder } from "@throughline/db/queries/observations/indicator-growth";
import { loadObservationScale } from "@throughline/db/queries/observations/observations";
import { setIndicatorTargetRank } from "@throughline/db/queries/observations/observations-scale";
import {
  type IndicatorTarget,
  indicatorTargetInputSchema,
  indicatorTargetOnScaleSchema,
} from "@throughline/domain/observation-scale";
import { TRPCError } from "@trpc/server";
import { adminProcedure, districtAdminProcedure } from "../../trpc.ts";

/*
 * Targets per indicator: most indicators aim at the district's target level, a few at their
 * own (e.g. "Proficient" for most, "Developing" for a practice new to the district). The
 * recommendation rule reads the same column, so a change here changes what teachers are offered.
 */

export const observationTargetProcedures = {
  /** The indicators in framework order, each with its own target rank or null. */
  indicatorTargets: adminProcedure.query(async ({ ctx }): Promise<IndicatorTarget[]> => {
    const indicators = await loadIndicatorsInOrder(ctx.tx);
    return indicators.map(({ id, code, title, targetRank }) => ({ id, code, title, targetRank }));
  }),

  setIndicatorTarget: districtAdminProcedure
    .input(indicatorTargetInputSchema)
    .mutation(async ({ ctx, input }) => {
      const levels = await loadObservationScale(ctx.tx);
      const onScale = indicatorTargetOnScaleSchema(levels.length).safeParse(input);
      if (!onScale.success) {
        // As a zod error, so the field is named like any other bad input.
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: onScale.error.message,
          cause: onScale.error,
        });
      }
      const updated = await setIndicatorTargetRank(ctx.tx, input);
      if (!updated) {
        throw new TRPCError({ code: "NOT_FOUND", message: "There is no indicator with this id." });
      }
      return { indicatorId: input.indicatorId, targetRank: input.targetRank };
    }),
};
