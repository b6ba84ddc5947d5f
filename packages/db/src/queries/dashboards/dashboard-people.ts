import { and, asc, eq, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { person, roleMembership, school, team, teamMember } from "../../schema/index.ts";
import { anyId } from "../sql/any-id.ts";
import {
  type DashboardReach,
  teacherRolesWhere,
  teamsInReach,
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

/**
 * Everyone a dashboard level covers, in four queries whatever the size: the district (every
 * teacher), a school (its teachers and teams), a team (its members who teach) or one teacher
 * (with the teams they belong to).
 */
export async function loadDashboardPeople(
  tx: Transaction,
  reach: DashboardReach,
): Promise<DashboardPeople> {
  const [teams, teachers] = await Promise.all([
    tx
      .select({ id: team.id, name: team.name, schoolId: team.schoolId })
      .from(team)
      .where(teamsWhere(reach))
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
      .where(teacherRolesWhere(reach))
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
          .where(sql`${teamMember.teamId} in (${teamsInReach(reach)})`),
  ]);
  return { schools, teams, teachers, teamMembers };
}
