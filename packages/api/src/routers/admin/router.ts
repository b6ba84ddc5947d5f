import { getAdminHome } from "@throughline/db/queries/home-pages/admin-home";
import {
  attentionSchoolsInputSchema,
  schoolOverviewInputSchema,
} from "@throughline/domain/admin-overview";
import { schoolInScope } from "../../school-scope.ts";
import { adminProcedure, createRouter, districtAdminProcedure } from "../../trpc.ts";
import { dashboardSourceOf } from "../dashboard/kept-dashboard.ts";
import { buildAdminOverview } from "./overview.ts";
import { attentionSchoolsPage } from "./overview-district.ts";

export const adminRouter = createRouter({
  /** Schools in the viewer's scope with teacher counts per stage. */
  home: adminProcedure.query(({ ctx }) => getAdminHome(ctx.tx, { personId: ctx.personId })),
  /** What needs the principal or district today: the admin app's first screen. */
  overview: adminProcedure.query(({ ctx }) =>
    buildAdminOverview(ctx, new Date(), dashboardSourceOf(ctx)),
  ),
  /** The overview of one school, its flagged teachers named: a district admin's drill-down. */
  schoolOverview: adminProcedure.input(schoolOverviewInputSchema).query(async ({ ctx, input }) => {
    await schoolInScope(
      ctx,
      input.schoolId,
      "You can see the overview of the schools you lead only.",
    );
    return buildAdminOverview(ctx, new Date(), dashboardSourceOf(ctx), [input.schoolId]);
  }),
  /** Every school of the district ranked by flagged teachers, a page at a time. */
  attentionSchools: districtAdminProcedure
    .input(attentionSchoolsInputSchema)
    .query(({ ctx, input }) => attentionSchoolsPage(ctx, input.page, dashboardSourceOf(ctx))),
});
