import { personExists, personIsInScope } from "@throughline/db/queries/people-admin";
import type { SchoolScope } from "@throughline/db/queries/people-admin-scope";
import type { PersonRole } from "@throughline/domain/people-admin";
import { TRPCError } from "@trpc/server";
import type { TenantScope } from "../session.ts";

/*
 * What an admin may manage in people and teams: a district admin the whole district, a
 * principal the schools they lead and the people of those schools.
 */

export function isDistrictAdmin(viewer: TenantScope["viewer"]): boolean {
  return viewer.roles.some((entry) => entry.role === "district_admin");
}

export function peopleScopeOf(viewer: TenantScope["viewer"]): SchoolScope {
  if (isDistrictAdmin(viewer)) return "all";
  return viewer.roles.flatMap((entry) =>
    entry.role === "principal" && entry.schoolId ? [entry.schoolId] : [],
  );
}

export function schoolIsInScope(scope: SchoolScope, schoolId: string): boolean {
  return scope === "all" || scope.includes(schoolId);
}

/** A role the viewer may give or take away: district-wide roles need a district admin. */
export function roleIsInScope(scope: SchoolScope, role: PersonRole): boolean {
  if (scope === "all") return true;
  return role.role !== "district_admin" && role.schoolId !== null && scope.includes(role.schoolId);
}

/** NOT_FOUND outside the district, FORBIDDEN for a person of a school the viewer does not lead. */
export async function requirePerson(ctx: TenantScope, personId: string): Promise<void> {
  const scope = peopleScopeOf(ctx.viewer);
  if (await personIsInScope(ctx.tx, { personId, scope })) return;
  if (await personExists(ctx.tx, { personId })) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "You can manage the people of the schools you lead only.",
    });
  }
  throw new TRPCError({ code: "NOT_FOUND", message: "No such person." });
}
