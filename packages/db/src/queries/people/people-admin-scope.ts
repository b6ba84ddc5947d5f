import { and, type Column, eq, inArray, type SQL, sql } from "drizzle-orm";
import { person, roleMembership, team, teamMember } from "../../schema/index.ts";
import { membershipsOfPerson, sameDistrict, teamOfMember } from "../sql/same-district-joins.ts";

/*
 * Which people an admin may see. A district admin sees the whole district; a principal the
 * people of the schools they lead: anyone with a role at one of them or on one of their teams.
 */

/** Every school of the district, or only these. */
export type SchoolScope = "all" | readonly string[];

/** The person (the `person` row of the outer query) belongs to one of `schoolIds`. */
export function personAtSchools(schoolIds: readonly string[]): SQL {
  // An empty list must match nothing, not everything.
  if (schoolIds.length === 0) return sql`false`;
  const ids = [...schoolIds];
  return sql`(exists (
      select 1 from ${roleMembership}
      where ${and(membershipsOfPerson, inArray(roleMembership.schoolId, ids))}
    ) or exists (
      select 1 from ${teamMember}
      join ${team} on ${teamOfMember}
      where ${sameDistrict(
        teamMember,
        person,
        eq(teamMember.personId, person.id),
        inArray(team.schoolId, ids),
      )}
    ) or exists (
      select 1 from ${team}
      where ${sameDistrict(
        team,
        person,
        eq(team.facilitatorId, person.id),
        inArray(team.schoolId, ids),
      )}
    ))`;
}

/**
 * `schoolColumn` names a school of the scope: no condition for the whole district, and an empty
 * list matches nothing, not everything.
 */
export function inSchoolScope(schoolColumn: Column, scope: SchoolScope): SQL | undefined {
  if (scope === "all") return undefined;
  return scope.length === 0 ? sql`false` : inArray(schoolColumn, [...scope]);
}

/** The person is inside the scope; undefined (no condition) for the whole district. */
export function personInScope(scope: SchoolScope): SQL | undefined {
  return scope === "all" ? undefined : personAtSchools(scope);
}
