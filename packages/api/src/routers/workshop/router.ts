import {
  getCohortWorkshop,
  listManagedCohorts,
  setWorkshopAttendance,
} from "@throughline/db/queries/cohorts/workshop";
import { advanceIfComplete } from "@throughline/db/queries/enrolments/progression";
import { cohortIdInputSchema, markAttendanceInputSchema } from "@throughline/domain/workshop";
import { TRPCError } from "@trpc/server";
import { notifyIfEnrolled } from "../../notifications/enrolment-notifications.ts";
import { createRouter } from "../../trpc.ts";
import { cohortStaffProcedure, requireCohortAccess } from "./cohort-staff.ts";

export const workshopRouter = createRouter({
  /** The cohorts the viewer runs (as coach, facilitator, principal or district admin). */
  cohorts: cohortStaffProcedure.query(({ ctx }) =>
    listManagedCohorts(ctx.tx, { personId: ctx.personId }),
  ),

  /** A cohort's workshop details and roster with attendance and each teacher's stage status. */
  forCohort: cohortStaffProcedure.input(cohortIdInputSchema).query(async ({ ctx, input }) => {
    const access = await requireCohortAccess(ctx, input.cohortId, "manage");
    const workshop = await getCohortWorkshop(ctx.tx, {
      cohortId: input.cohortId,
      canConfirm: access.canConfirm,
      now: new Date(),
    });
    if (!workshop) throw new TRPCError({ code: "NOT_FOUND", message: "No such cohort." });
    return workshop;
  }),

  /**
   * Records a teacher's workshop attendance. Attending can be the last requirement of a stage,
   * so the teacher's progression runs in the same transaction.
   */
  markAttendance: cohortStaffProcedure
    .input(markAttendanceInputSchema)
    .mutation(async ({ ctx, input }) => {
      const access = await requireCohortAccess(ctx, input.cohortId, "manage");
      const saved = await setWorkshopAttendance(ctx.tx, input);
      if (!saved) {
        throw new TRPCError({ code: "NOT_FOUND", message: "This teacher is not in the cohort." });
      }
      const next = await advanceIfComplete(ctx.tx, {
        personId: input.personId,
        stageId: access.stageId,
      });
      await notifyIfEnrolled(ctx, input.personId, next);
      return { personId: input.personId, attended: input.attended, next };
    }),
});
