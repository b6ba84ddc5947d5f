import {
  type DashboardReach,
  loadDashboardPeople,
} from "@throughline/db/queries/dashboards/dashboard-people";
import {
  type Dashboard,
  districtDashboardInputSchema,
  schoolDashboardInputSchema,
  teacherDashboardInputSchema,
  teamDashboardInputSchema,
} from "@throughline/domain/dashboard";
import type { TenantScope } from "../../session.ts";
import { adminProcedure, createRouter } from "../../trpc.ts";
import { assertDashboardAccess } from "./access.ts";
import { buildDashboard } from "./build.ts";

async function dashboardFor(ctx: TenantScope, reach: DashboardReach): Promise<Dashboard> {
  const people = await loadDashboardPeople(ctx.tx, reach);
  assertDashboardAccess(ctx, reach, people);
  return buildDashboard(ctx.tx, {
    reach,
    people,
    districtName: ctx.viewer.district.name,
    now: new Date(),
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
