import type {
  DashboardPeople,
  DashboardReach,
} from "@throughline/db/queries/dashboards/dashboard-people";
import { administersAnyOf } from "@throughline/domain/rules/access-scope";
import { TRPCError } from "@trpc/server";
import type { TenantScope } from "../../session.ts";

const notFound: Record<DashboardReach["kind"], string> = {
  district: "This district was not found.",
  school: "This school was not found.",
  team: "This team was not found.",
  teacher: "This teacher was not found.",
};

/** The schools a level belongs to: a principal of any of them may look. */
function schoolsOf(reach: DashboardReach, people: DashboardPeople): string[] | null {
  if (reach.kind === "school") return people.schools.length > 0 ? [reach.schoolId] : null;
  if (reach.kind === "team") {
    const team = people.teams.find((row) => row.id === reach.teamId);
    return team ? [team.schoolId] : null;
  }
  if (reach.kind === "teacher") {
    const schools = people.teachers.flatMap((row) => (row.schoolId ? [row.schoolId] : []));
    return people.teachers.length > 0 ? schools : null;
  }
  return [];
}

/**
 * Who may see a dashboard level: district admins see every level; principals see their own
 * school, its teams and its teachers, and never the district as a whole.
 */
export function assertDashboardAccess(
  ctx: TenantScope,
  reach: DashboardReach,
  people: DashboardPeople,
): void {
  assertLevelAccess(ctx, reach, schoolsOf(reach, people));
}

/**
 * The same decision for a district or school level served from its snapshot, without loading
 * its people: a school with a kept snapshot exists (the snapshot goes with it).
 */
export function assertKeptDashboardAccess(
  ctx: TenantScope,
  reach: Extract<DashboardReach, { kind: "district" | "school" }>,
): void {
  assertLevelAccess(ctx, reach, reach.kind === "school" ? [reach.schoolId] : []);
}

/** `schoolIds`: the schools the level belongs to, null when the level was not found. */
function assertLevelAccess(
  ctx: TenantScope,
  reach: DashboardReach,
  schoolIds: string[] | null,
): void {
  const districtWide = ctx.scope.districtAdmin;
  if (reach.kind === "district") {
    if (districtWide) return;
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "The district dashboard is for district staff; open your school's instead.",
    });
  }
  if (schoolIds === null) throw new TRPCError({ code: "NOT_FOUND", message: notFound[reach.kind] });
  if (districtWide) return;
  if (!administersAnyOf(ctx.scope.schools, schoolIds)) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "You can see the dashboards of the schools you lead only.",
    });
  }
}
