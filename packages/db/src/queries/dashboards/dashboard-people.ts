import { type Query, type SQL, sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Transaction } from "../../client.ts";
import { person, roleMembership, school, team, teamMember } from "../../schema/index.ts";
import { rowsOfResult } from "../sql/result-rows.ts";
import { jsonValue } from "./dashboard-json-rows.ts";
import {
  type DashboardReach,
  type ReachOf,
  reachIdOf,
  teacherRolesWhere,
  teamsWhere,
} from "./dashboard-reach.ts";

export type { DashboardReach };

/** The schools, teams and teachers one dashboard level covers, and how they belong together. */
export interface DashboardPeople {
  schools: { id: string; name: string }[];
  teams: { id: string; name: string; schoolId: string }[];
  /** Active people holding the teacher role, with the school of each teacher role they hold. */
  teachers: { id: string; name: string; schoolId: string | null }[];
  teamMembers: { teamId: string; personId: string }[];
}

type Kind = DashboardReach["kind"];

/**
 * The people of a kind of level as one statement with one row, each list a JSON array: the
 * level's teams and teachers (`dashboard-reach.ts`), the schools (the district's, the school, or
 * those of the teams and teachers), and the teams' members.
 */
function peopleSql(kind: Kind): SQL {
  const id = sql.placeholder("reachId");
  const reach: ReachOf<typeof id> =
    kind === "district"
      ? { kind }
      : kind === "school"
        ? { kind, schoolId: id }
        : kind === "team"
          ? { kind, teamId: id }
          : { kind, personId: id };
  const schools =
    kind === "district"
      ? sql`true`
      : kind === "school"
        ? sql`${school.id} = ${id}`
        : sql`${school.id} in (select school_id from reach_teams
            union select school_id from reach_teachers where school_id is not null)`;
  return sql`with reach_teams as materialized (
      select ${team.id} as id, ${team.name} as name, ${team.schoolId} as school_id
      from ${team} where ${teamsWhere(reach) ?? sql`true`}
    ), reach_teachers as materialized (
      select distinct ${person.id} as id, ${person.displayName} as name,
        ${roleMembership.schoolId} as school_id
      from ${roleMembership}
      join ${person} on ${person.districtId} = ${roleMembership.districtId}
        and ${person.id} = ${roleMembership.personId}
      where ${teacherRolesWhere(reach) ?? sql`true`}
    )
    select
      (select coalesce(json_agg(json_build_object('id', id, 'name', name, 'schoolId', school_id)
        order by name), '[]'::json) from reach_teams) as teams,
      -- Sorted in a subquery, not inside the aggregate: at 20,000 teachers the aggregate's own
      -- sort of the built objects spilled to disk (170 ms against 30).
      (select coalesce(json_agg(sorted), '[]'::json) from (
        select id, name, school_id as "schoolId" from reach_teachers order by name, id
      ) sorted) as teachers,
      (select coalesce(json_agg(json_build_object('id', ${school.id}, 'name', ${school.name})
        order by ${school.name}), '[]'::json) from ${school} where ${schools}) as schools,
      (select coalesce(json_agg(json_build_object('teamId', ${teamMember.teamId},
        'personId', ${teamMember.personId})), '[]'::json)
        from ${teamMember} where ${teamMember.teamId} in (select id from reach_teams)) as team_members`;
}

/** Built once per kind of level and process (see `dashboard-facts-statement.ts`). */
const built = new Map<Kind, Query>();
const dialect = new PgDialect({ casing: "snake_case" });

/**
 * Everyone a dashboard level covers, in one statement whatever the size: the district (every
 * teacher), a school (its teachers and teams), a team (its members who teach) or one teacher
 * (with the teams they belong to). Its text is built once per kind of level, the level's id its
 * parameter: four drizzle-built statements in two round trips cost node more than running them.
 */
export async function loadDashboardPeople(
  tx: Transaction,
  reach: DashboardReach,
): Promise<DashboardPeople> {
  let query = built.get(reach.kind);
  if (!query) {
    query = dialect.sqlToQuery(peopleSql(reach.kind));
    built.set(reach.kind, query);
  }
  const reachId = reachIdOf(reach);
  const result: unknown = await tx._.session
    .prepareQuery(query, undefined, `dashboard_people_${reach.kind}`, false)
    .execute({ reachId });
  const [row] =
    rowsOfResult<Record<"teams" | "teachers" | "schools" | "team_members", unknown>>(result);
  if (!row) throw new Error("The people statement answers one row.");
  return {
    schools: jsonValue(row.schools),
    teams: jsonValue(row.teams),
    teachers: jsonValue(row.teachers),
    teamMembers: jsonValue(row.team_members),
  };
}
