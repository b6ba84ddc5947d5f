import { and, eq, type Placeholder, type SQL, sql } from "drizzle-orm";
import { person, roleMembership, team, teamMember } from "../../schema/index.ts";

/** Which part of the district a dashboard looks at. */
export type DashboardReach = ReachOf<string>;

/**
 * A reach whose id is a value or a placeholder: a statement built once per kind of level
 * (`dashboard-facts-statement.ts`) takes the id as a parameter.
 */
export type ReachOf<Id> =
  | { kind: "district" }
  | { kind: "school"; schoolId: Id }
  | { kind: "team"; teamId: Id }
  | { kind: "teacher"; personId: Id };

type AnyReach = ReachOf<string | Placeholder>;

/** The level's own id (school, team or person), the parameter of its statements; none for a district. */
export function reachIdOf(reach: DashboardReach): string | null {
  switch (reach.kind) {
    case "school":
      return reach.schoolId;
    case "team":
      return reach.teamId;
    case "teacher":
      return reach.personId;
    default:
      return null;
  }
}

/*
 * Who and what one dashboard level covers, written once as SQL: the people query lists them and
 * the facts queries filter by the same subqueries, so a district's 20,000 teachers are never
 * sent back to the database as a list of ids.
 */

/** Which teacher roles a level covers: a school's, a team's members', one person's, or all. */
export function teacherRolesWhere(reach: AnyReach): SQL | undefined {
  const active = and(eq(roleMembership.role, "teacher"), eq(person.active, true));
  switch (reach.kind) {
    case "district":
      return active;
    case "school":
      return and(active, eq(roleMembership.schoolId, reach.schoolId));
    case "team":
      return and(
        active,
        sql`${roleMembership.personId} in (
          select ${teamMember.personId} from ${teamMember} where ${teamMember.teamId} = ${reach.teamId}
        )`,
      );
    case "teacher":
      return and(active, eq(roleMembership.personId, reach.personId));
  }
}

/** Which teams a level covers: the district's, a school's, the team, or a teacher's teams. */
export function teamsWhere(reach: AnyReach): SQL | undefined {
  switch (reach.kind) {
    case "district":
      return undefined;
    case "school":
      return eq(team.schoolId, reach.schoolId);
    case "team":
      return eq(team.id, reach.teamId);
    case "teacher":
      return sql`${team.id} in (
        select ${teamMember.teamId} from ${teamMember} where ${teamMember.personId} = ${reach.personId}
      )`;
  }
}

/**
 * The ids of the active teachers a level covers, as a subquery (`person_id in (…)`). Distinct,
 * so PostgreSQL plans it as one relation: flattened it adds two to the query it filters, and
 * the enrolment progress query then passes the planner's limit of eight relations it reorders,
 * leaving the filter for last (every enrolment of the district read for one school's 50).
 */
export function teachersInReach(reach: AnyReach): SQL {
  const where = teacherRolesWhere(reach);
  return sql`select distinct ${roleMembership.personId} from ${roleMembership}
    join ${person} on ${person.districtId} = ${roleMembership.districtId}
      and ${person.id} = ${roleMembership.personId}
    where ${where ?? sql`true`}`;
}

/** The ids of the teams a level covers, as a subquery (`team_id in (…)`). */
export function teamsInReach(reach: AnyReach): SQL {
  return sql`select ${team.id} from ${team} where ${teamsWhere(reach) ?? sql`true`}`;
}
