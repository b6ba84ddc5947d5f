import {
  confirmStageCompletion,
  findEnrolment,
} from "@throughline/db/queries/enrolments/progression";
import { confirmStageInputSchema } from "@throughline/domain/workshop";
import { TRPCError } from "@trpc/server";
import { notifyIfEnrolled } from "../../notifications/enrolment-notifications.ts";
import { createRouter } from "../../trpc.ts";
import { cohortStaffProcedure, requireCohortAccess } from "../workshop/cohort-staff.ts";

export const progressionRouter = createRouter({
  /**
   * Confirms that a teacher ready for review has completed their stage (for stages that ask for
   * a confirmation), then opens the next stage for them.
   */
  confirm: cohortStaffProcedure.input(confirmStageInputSchema).mutation(async ({ ctx, input }) => {
    const enrolment = await findEnrolment(ctx.tx, input);
    if (!enrolment) throw new TRPCError({ code: "NOT_FOUND", message: "No such enrolment." });
    await requireCohortAccess(ctx, enrolment.cohortId, "confirm");
    const result = await confirmStageCompletion(ctx.tx, { enrolment, now: new Date() });
    if (result.kind === "not_ready") {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message:
          "This teacher has not met every requirement of the stage yet, so there is nothing to confirm.",
      });
    }
    await notifyIfEnrolled(ctx, enrolment.personId, result.next);
    return { enrolmentId: enrolment.enrolmentId, next: result.next };
  }),
});
