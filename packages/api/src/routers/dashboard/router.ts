import type { DashboardReach } from "@throughline/db/queries/dashboards/dashboard-people";
import {
  type Dashboard,
  districtDashboardInputSchema,
  schoolDashboardInputSchema,
  teacherDashboardInputSchema,
  teamDashboardInputSchema,
} from "@throughline/domain/dashboard";
import type { RequestContext } from "../../context.ts";
import type { TenantScope } from "../../session.ts";
import { adminProcedure, createRouter } from "../../trpc.ts";
import { assertDashboardAccess, assertKeptDashboardAccess } from "./access.ts";
import { dashboardOf, dashboardSourceOf } from "./kept-dashboard.ts";

function dashboardFor(
  ctx: TenantScope & RequestContext,
  reach: DashboardReach,
): Promise<Dashboard> {
  return dashboardOf(ctx.tx, dashboardSourceOf(ctx), reach, new Date(), {
    kept: (level) => assertKeptDashboardAccess(ctx, level),
    built: (people) => assertDashboardAccess(ctx, reach, people),
  });
}

/** The implementation dashboard, one procedure per level of the drill-down. */
export const dashboardRouter = createRouter({
  district: adminProcedure
    .input(districtDashboardInputSchema)
    .query(({ ctx }) => dashboardFor(ctx, { kind: "district" })),
  school: adminProcedure
    .input(schoolDashboardInputSchema)
    .query(({ ctx, input }) => dashboardFor(ctx, { kind: "school", schoolId: input.schoolId })),
  team: adminProcedure
    .input(teamDashboardInputSchema)
    .query(({ ctx, input }) => dashboardFor(ctx, { kind: "team", teamId: input.teamId })),
  teacher: adminProcedure
    .input(teacherDashboardInputSchema)
    .query(({ ctx, input }) => dashboardFor(ctx, { kind: "teacher", personId: input.personId })),
});
