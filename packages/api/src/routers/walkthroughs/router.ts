import { loadObservationScale } from "@throughline/db/queries/observations/observations";
import {
  frameworkIndicators,
  schoolTeachers,
  schoolTeamMembers,
  schoolTeams,
  walkthroughRatingsOf,
  walkthroughSummaries,
  walkthroughVisitsOf,
} from "@throughline/db/queries/observations/walkthroughs";
import {
  coversEnoughTeachers,
  MINIMUM_TEACHERS_PER_CELL,
  type WalkthroughRatingRow,
  WHOLE_SCHOOL,
  walkthroughHeatmap,
  walkthroughVisitCounts,
} from "@throughline/domain/rules/walkthrough-heatmap";
import {
  type WalkthroughHeatmap,
  type WalkthroughSummary,
  type WalkthroughVisits,
  walkthroughListInputSchema,
  walkthroughPeriodInputSchema,
} from "@throughline/domain/walkthrough";
import { TRPCError } from "@trpc/server";
import { schoolInScope } from "../../school-scope.ts";
import type { TenantScope } from "../../session.ts";
import { adminProcedure, createRouter } from "../../trpc.ts";

type Period = { schoolId: string; from: string; to: string };

/**
 * The school's published walkthrough ratings, one row per team the teacher is on plus one for
 * the whole school, as the heatmap rule takes them.
 */
async function ratingRows(ctx: TenantScope, period: Period) {
  const [teachers, members] = await Promise.all([
    schoolTeachers(ctx.tx, period),
    schoolTeamMembers(ctx.tx, period),
  ]);
  const ratings = await walkthroughRatingsOf(ctx.tx, {
    ...period,
    teacherIds: teachers.map((teacher) => teacher.id),
  });
  const rows: (WalkthroughRatingRow & { observationId: string })[] = [];
  for (const rating of ratings) {
    if (rating.rank === null) continue;
    const teams = members.filter((member) => member.personId === rating.teacherId);
    for (const teamId of [...teams.map((member) => member.teamId), WHOLE_SCHOOL]) {
      rows.push({ ...rating, rank: rating.rank, teamId });
    }
  }
  return { teachers, rows };
}

export const walkthroughsRouter = createRouter({
  /** Indicator × team levels of published walkthroughs; cells under 3 teachers are withheld. */
  heatmap: adminProcedure
    .input(walkthroughPeriodInputSchema)
    .query(async ({ ctx, input }): Promise<WalkthroughHeatmap> => {
      const school = await schoolInScope(ctx, input.schoolId);
      const [{ rows }, teams, indicators, scale] = await Promise.all([
        ratingRows(ctx, input),
        schoolTeams(ctx.tx, input),
        frameworkIndicators(ctx.tx),
        loadObservationScale(ctx.tx),
      ]);
      // Every cell carries its level: the rank, label and target mark, not the long description.
      const levels = scale.map(({ rank, label, isTarget }) => ({ rank, label, isTarget }));
      const columns = [...teams, { id: WHOLE_SCHOOL, name: "Whole school" }];
      return {
        school,
        period: { from: input.from, to: input.to },
        teams: columns,
        indicators,
        levels,
        rows: walkthroughHeatmap({
          indicatorIds: indicators.map((entry) => entry.id),
          teamIds: columns.map((column) => column.id),
          levels,
          ratings: rows,
          period: input,
        }),
        minimumTeachers: MINIMUM_TEACHERS_PER_CELL,
        walkthroughCount: new Set(rows.map((row) => row.observationId)).size,
      };
    }),

  /** Published walkthroughs per teacher of the school, every teacher, fewest visits first. */
  visits: adminProcedure
    .input(walkthroughPeriodInputSchema)
    .query(async ({ ctx, input }): Promise<WalkthroughVisits> => {
      const school = await schoolInScope(ctx, input.schoolId);
      const teachers = await schoolTeachers(ctx.tx, input);
      const visits = await walkthroughVisitsOf(ctx.tx, {
        ...input,
        teacherIds: teachers.map((teacher) => teacher.id),
      });
      return { school, teachers: walkthroughVisitCounts({ teachers, visits, period: input }) };
    }),

  /**
   * The walkthroughs behind a shown aggregate: a cell (team and indicator), a column, a row or
   * the whole school. Refused when that aggregate covers fewer than 3 teachers, as the heatmap
   * withholds it.
   */
  list: adminProcedure
    .input(walkthroughListInputSchema)
    .query(async ({ ctx, input }): Promise<WalkthroughSummary[]> => {
      await schoolInScope(ctx, input.schoolId);
      const { rows } = await ratingRows(ctx, input);
      const teamId = input.teamId ?? WHOLE_SCHOOL;
      const behind = rows.filter(
        (row) =>
          row.teamId === teamId && (!input.indicatorId || row.indicatorId === input.indicatorId),
      );
      if (!coversEnoughTeachers(behind.map((row) => row.teacherId))) {
        throw new TRPCError({
          code: "FORBIDDEN",
          message: `Fewer than ${MINIMUM_TEACHERS_PER_CELL} teachers: these walkthroughs are not shown, so no one is singled out.`,
        });
      }
      return walkthroughSummaries(ctx.tx, {
        observationIds: [...new Set(behind.map((row) => row.observationId))],
      });
    }),
});
