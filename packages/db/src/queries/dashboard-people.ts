import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import type { Transaction } from "../client.ts";
import { person, roleMembership, school, team, teamMember } from "../schema/index.ts";
import { anyId } from "./any-id.ts";

/** Which part of the district a dashboard looks at. */
export type DashboardReach =
  | { kind: "district" }
  | { kind: "school"; schoolId: string }
  | { kind: "team"; teamId: string }
  | { kind: "teacher"; personId: string };

/** The schools, teams and teachers one dashboard level covers, and how they belong together. */
export interface DashboardPeople {
  schools: { id: string; name: string }[];
  teams: { id: string; name: string; schoolId: string }[];
  /** Active people holding the teacher role, with the school of each teacher role they hold. */
  teachers: { id: string; name: string; schoolId: string | null }[];
  teamMembers: { teamId: string; personId: string }[];
}

/**
 * Everyone a dashboard level covers, in four queries whatever the size: the district (every
 * teacher), a school (its teachers and teams), a team (its members who teach) or one teacher
 * (with the teams they belong to).
 */
export async function loadDashboardPeople(
  tx: Transaction,
  reach: DashboardReach,
): Promise<DashboardPeople> {
  const membersOf = (teamId: string) =>
    tx
      .select({ personId: teamMember.personId })
      .from(teamMember)
      .where(eq(teamMember.teamId, teamId));
  const teamsOf = (personId: string) =>
    tx
      .select({ teamId: teamMember.teamId })
      .from(teamMember)
      .where(eq(teamMember.personId, personId));

  const teamWhere: SQL | undefined =
    reach.kind === "school"
      ? eq(team.schoolId, reach.schoolId)
      : reach.kind === "team"
        ? eq(team.id, reach.teamId)
        : reach.kind === "teacher"
          ? inArray(team.id, teamsOf(reach.personId))
          : undefined;
  const teacherWhere: SQL | undefined =
    reach.kind === "school"
      ? eq(roleMembership.schoolId, reach.schoolId)
      : reach.kind === "team"
        ? inArray(roleMembership.personId, membersOf(reach.teamId))
        : reach.kind === "teacher"
          ? eq(roleMembership.personId, reach.personId)
          : undefined;

  const [teams, teachers] = await Promise.all([
    tx
      .select({ id: team.id, name: team.name, schoolId: team.schoolId })
      .from(team)
      .where(teamWhere)
      .orderBy(asc(team.name)),
    tx
      .selectDistinct({
        id: person.id,
        name: person.displayName,
        schoolId: roleMembership.schoolId,
      })
      .from(roleMembership)
      .innerJoin(
        person,
        and(
          eq(person.districtId, roleMembership.districtId),
          eq(person.id, roleMembership.personId),
        ),
      )
      .where(and(eq(roleMembership.role, "teacher"), eq(person.active, true), teacherWhere))
      .orderBy(asc(person.displayName), asc(person.id)),
  ]);

  const schoolIds = [
    ...new Set([
      ...teams.map((row) => row.schoolId),
      ...teachers.flatMap((row) => (row.schoolId ? [row.schoolId] : [])),
    ]),
  ];
  const [schools, teamMembers] = await Promise.all([
    reach.kind === "district"
      ? tx.select({ id: school.id, name: school.name }).from(school).orderBy(asc(school.name))
      : reach.kind === "school"
        ? tx
            .select({ id: school.id, name: school.name })
            .from(school)
            .where(eq(school.id, reach.schoolId))
        : schoolIds.length === 0
          ? Promise.resolve([])
          : tx
              .select({ id: school.id, name: school.name })
              .from(school)
              .where(anyId(school.id, schoolIds))
              .orderBy(asc(school.name)),
    teams.length === 0
      ? Promise.resolve([])
      : tx
          .select({ teamId: teamMember.teamId, personId: teamMember.personId })
          .from(teamMember)
          .where(
            anyId(
              teamMember.teamId,
              teams.map((row) => row.id),
            ),
          ),
  ]);
  return { schools, teams, teachers, teamMembers };
}
