import { listIndicators } from "@throughline/db/queries/action-plans/action-plans";
import { teachersCoachedBy } from "@throughline/db/queries/action-plans/plan-readers";
import { listVisibleInteractions } from "@throughline/db/queries/coaching-log/coaching-log-read";
import { logCoachingInteraction } from "@throughline/db/queries/coaching-log/coaching-log-write";
import {
  coachingCountsAsPd,
  saveCoachingCountsAsPd,
} from "@throughline/db/queries/coaching-log/coaching-pd-setting";
import { supportedTeachers } from "@throughline/db/queries/coaching-log/supported-teachers";
import { countIndicators } from "@throughline/db/queries/observations/observations-write";
import {
  type CoachingPdSetting,
  coachingLogInputSchema,
  coachingPdSettingInputSchema,
  logCoachingInteractionInputSchema,
  teacherCoachingInputSchema,
} from "@throughline/domain/coaching-log";
import { TRPCError } from "@trpc/server";
import { auditedDistrictSetting } from "../../audited.ts";
import { fieldProblem } from "../../field-problem.ts";
import {
  authedProcedure,
  coachProcedure,
  createRouter,
  districtAdminProcedure,
  teacherProcedure,
} from "../../trpc.ts";
import { coachingLogPage, districtToday, districtWorkload } from "./workload.ts";

/**
 * The coaching log: coaches record co-teaching, modelling, debriefs, planning and check-ins with
 * the teachers they support. Every read goes through the db package's visibility layer, so a
 * note (coaching content) reaches the teacher and their coaches and never a principal; the
 * district's workload view counts, and never reads notes.
 */
export const coachingLogRouter = createRouter({
  /** Whom and what the coach may log: the teachers they support and the framework's indicators. */
  options: coachProcedure.query(async ({ ctx }) => {
    const [teachers, indicators, today] = await Promise.all([
      supportedTeachers(ctx.tx, ctx.personId),
      listIndicators(ctx.tx),
      districtToday(ctx.tx, ctx.districtId),
    ]);
    return { teachers, indicators, today };
  }),

  log: coachProcedure.input(logCoachingInteractionInputSchema).mutation(async ({ ctx, input }) => {
    const coached = await teachersCoachedBy(ctx.tx, {
      coachId: ctx.personId,
      teacherIds: input.teacherIds,
    });
    // Someone else's teacher, or no one: refused alike, so the answer tells nothing of them.
    if (input.teacherIds.some((id) => !coached.has(id))) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: "You can log coaching with teachers you coach or whose team you facilitate.",
      });
    }
    if ((await countIndicators(ctx.tx, input.indicatorIds)) !== input.indicatorIds.length) {
      throw fieldProblem(["indicatorIds"], "Choose indicators of your district's framework");
    }
    const interactionId = await logCoachingInteraction(ctx.tx, {
      districtId: ctx.districtId,
      coachId: ctx.personId,
      input,
    });
    return { interactionId };
  }),

  /** The coach's own log: what they logged this week and the weeks before, and the workload. */
  mine: coachProcedure
    .input(coachingLogInputSchema)
    .query(({ ctx, input }) =>
      coachingLogPage(ctx.tx, { districtId: ctx.districtId, coachId: ctx.personId, input }),
    ),

  /** A teacher's coaching as the viewer may see it: a principal learns only that it happened. */
  forTeacher: authedProcedure
    .input(teacherCoachingInputSchema)
    .query(({ ctx, input }) =>
      listVisibleInteractions(ctx.tx, { viewerId: ctx.personId, teacherId: input.teacherId }),
    ),

  /** The coaching on the teacher's own record, and whether the district counts it as PD time. */
  onMyRecord: teacherProcedure.query(async ({ ctx }) => {
    const [interactions, countsAsPd] = await Promise.all([
      listVisibleInteractions(ctx.tx, { viewerId: ctx.personId, teacherId: ctx.personId }),
      coachingCountsAsPd(ctx.tx, ctx.districtId),
    ]);
    return { interactions, countsAsPd };
  }),

  /** Every coach's weeks: counts only, no notes, no teachers' names. */
  districtWorkload: districtAdminProcedure
    .input(coachingLogInputSchema)
    .query(({ ctx, input }) => districtWorkload(ctx.tx, { districtId: ctx.districtId, input })),

  pdSetting: districtAdminProcedure.query(
    async ({ ctx }): Promise<CoachingPdSetting> => ({
      coachingCountsAsPd: await coachingCountsAsPd(ctx.tx, ctx.districtId),
    }),
  ),

  savePdSetting: districtAdminProcedure
    .input(coachingPdSettingInputSchema)
    .mutation(async ({ ctx, input }): Promise<CoachingPdSetting> => {
      await auditedDistrictSetting(ctx, "settings.district_changed", () =>
        saveCoachingCountsAsPd(ctx.tx, ctx.districtId, input.coachingCountsAsPd),
      );
      return { coachingCountsAsPd: await coachingCountsAsPd(ctx.tx, ctx.districtId) };
    }),
});
