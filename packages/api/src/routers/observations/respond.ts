import type { Transaction } from "@throughline/db/client";
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

type ResponseFields = Parameters<typeof updateTeacherResponse>[1]["set"];

/**
 * Writes the viewer's answer on a published observation of them (of a coaching one only, when
 * `coachingOnly`) and hands back what it wrote; anyone else's observation is not found.
 */
async function answerOwnObservation<T extends ResponseFields>(
  ctx: { tx: Transaction; personId: string },
  observationId: string,
  set: T,
  coachingOnly = false,
): Promise<T> {
  const updated = await updateTeacherResponse(ctx.tx, {
    observationId,
    teacherId: ctx.personId,
    set,
    coachingOnly,
  });
  if (!updated) throw notYours();
  return set;
}

export const respondObservationProcedures = {
  reflect: authedProcedure
    .input(reflectOnObservationInputSchema)
    .mutation(async ({ ctx, input }) => {
      const { reflectedAt } = await answerOwnObservation(ctx, input.observationId, {
        reflection: input.reflection,
        reflectedAt: new Date(),
      });
      return { reflectedAt };
    }),

  acknowledge: authedProcedure
    .input(observationIdInputSchema)
    .mutation(({ ctx, input }) =>
      answerOwnObservation(ctx, input.observationId, { acknowledgedAt: new Date() }),
    ),

  /** Lets the teacher's principal read this coaching observation, or takes that back. */
  share: authedProcedure.input(shareObservationInputSchema).mutation(({ ctx, input }) => {
    const sharedWithLeadersAt = input.shared ? new Date() : null;
    return answerOwnObservation(ctx, input.observationId, { sharedWithLeadersAt }, true);
  }),

  /** The district's levels and target; anyone signed in (the labels are not private). */
  scale: authedProcedure.query(({ ctx }) => loadObservationScale(ctx.tx)),

  /** District admins rename levels and set the target. */
  setScale: districtAdminProcedure
    .input(observationScaleInputSchema)
    .mutation(async ({ ctx, input }) => {
      const replaced = await replaceObservationScale(ctx.tx, {
        districtId: ctx.districtId,
        ...input,
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
