import { loadObservationScale } from "@throughline/db/queries/observations/observations";
import { replaceObservationScale } from "@throughline/db/queries/observations/observations-scale";
import { updateTeacherResponse } from "@throughline/db/queries/observations/observations-write";
import {
  observationIdInputSchema,
  observationScaleInputSchema,
  reflectOnObservationInputSchema,
  shareObservationInputSchema,
} from "@throughline/domain/observation";
import { TRPCError } from "@trpc/server";
import { authedProcedure, districtAdminProcedure } from "../../trpc.ts";

/*
 * The teacher's answer to a published observation of them (reflect, acknowledge, share a
 * coaching observation with their principal), and the district's scale. The WHERE clause of
 * each update names the teacher and the published state, so nobody else's row is touched.
 */

const notYours = () =>
  new TRPCError({
    code: "NOT_FOUND",
    message: "There is no published observation of you with this id.",
  });

export const respondObservationProcedures = {
  reflect: authedProcedure
    .input(reflectOnObservationInputSchema)
    .mutation(async ({ ctx, input }) => {
      const now = new Date();
      const updated = await updateTeacherResponse(ctx.tx, {
        observationId: input.observationId,
        teacherId: ctx.personId,
        set: { reflection: input.reflection, reflectedAt: now },
      });
      if (!updated) throw notYours();
      return { reflectedAt: now };
    }),

  acknowledge: authedProcedure.input(observationIdInputSchema).mutation(async ({ ctx, input }) => {
    const now = new Date();
    const updated = await updateTeacherResponse(ctx.tx, {
      observationId: input.observationId,
      teacherId: ctx.personId,
      set: { acknowledgedAt: now },
    });
    if (!updated) throw notYours();
    return { acknowledgedAt: now };
  }),

  /** Lets the teacher's principal read this coaching observation, or takes that back. */
  share: authedProcedure.input(shareObservationInputSchema).mutation(async ({ ctx, input }) => {
    const sharedWithLeadersAt = input.shared ? new Date() : null;
    const updated = await updateTeacherResponse(ctx.tx, {
      observationId: input.observationId,
      teacherId: ctx.personId,
      set: { sharedWithLeadersAt },
      coachingOnly: true,
    });
    if (!updated) throw notYours();
    return { sharedWithLeadersAt };
  }),

  /** The district's levels and target; anyone signed in (the labels are not private). */
  scale: authedProcedure.query(({ ctx }) => loadObservationScale(ctx.tx)),

  /** District admins rename levels and set the target. */
  setScale: districtAdminProcedure
    .input(observationScaleInputSchema)
    .mutation(async ({ ctx, input }) => {
      const replaced = await replaceObservationScale(ctx.tx, {
        districtId: ctx.districtId,
        levels: input.levels,
        targetRank: input.targetRank,
      });
      if (!replaced) {
        throw new TRPCError({
          code: "CONFLICT",
          message: "A level you removed is used by ratings; keep at least as many levels.",
        });
      }
      return loadObservationScale(ctx.tx);
    }),
};
