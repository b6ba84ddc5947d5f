import { getAdminHome } from "@throughline/db/queries/home-pages/admin-home";
import { adminProcedure, createRouter } from "../../trpc.ts";
import { dashboardSourceOf } from "../dashboard/kept-dashboard.ts";
import { buildAdminOverview } from "./overview.ts";

export const adminRouter = createRouter({
  /** Schools in the viewer's scope with teacher counts per stage. */
  home: adminProcedure.query(({ ctx }) => getAdminHome(ctx.tx, { personId: ctx.personId })),
  /** What needs the principal or district today: the admin app's first screen. */
  overview: adminProcedure.query(({ ctx }) =>
    buildAdminOverview(ctx, new Date(), dashboardSourceOf(ctx)),
  ),
});
