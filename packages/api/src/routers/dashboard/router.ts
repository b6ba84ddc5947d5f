import type { DashboardReach } from "@throughline/db/queries/dashboards/dashboard-people";
import {
  type Dashboard,
  districtDashboardInputSchema,
  schoolDashboardInputSchema,
  teacherDashboardInputSchema,
  teamDashboardInputSchema,
} from "@throughline/domain/dashboard";
import { defaultDashboardSnapshotOptions } from "@throughline/domain/rules/dashboard-snapshot";
import type { RequestContext } from "../../context.ts";
import type { TenantScope } from "../../session.ts";
import { adminProcedure, createRouter } from "../../trpc.ts";
import { assertDashboardAccess, assertKeptDashboardAccess } from "./access.ts";
import { type DashboardSource, dashboardOf } from "./kept-dashboard.ts";

function sourceOf(ctx: TenantScope & RequestContext): DashboardSource {
  const settings = ctx.dashboardSnapshots;
  return {
    db: ctx.db,
    districtId: ctx.districtId,
    districtName: ctx.viewer.district.name,
    options: settings?.options ?? defaultDashboardSnapshotOptions,
    reportError: settings?.reportError ?? ((error) => console.error(error)),
  };
}

function dashboardFor(
  ctx: TenantScope & RequestContext,
  reach: DashboardReach,
): Promise<Dashboard> {
  return dashboardOf(ctx.tx, sourceOf(ctx), reach, new Date(), {
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
