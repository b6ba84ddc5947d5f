import { and, asc, eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { person, team, teamMember } from "../../schema/index.ts";
import { personOfTeamMember, teamOfMember } from "../sql/same-district-joins.ts";

/* The teams a principal plans collaboration time for, with their members. */

export async function findTeam(tx: Transaction, params: { teamId: string }) {
  const [found] = await tx
    .select({ id: team.id, name: team.name, schoolId: team.schoolId })
    .from(team)
    .where(eq(team.id, params.teamId));
  return found ?? null;
}

/** The school's teams by name, each with its members by name. */
export async function schoolTeamsWithMembers(tx: Transaction, params: { schoolId: string }) {
  const [teams, members] = await Promise.all([
    tx
      .select({ id: team.id, name: team.name })
      .from(team)
      .where(eq(team.schoolId, params.schoolId))
      .orderBy(asc(team.name)),
    tx
      .select({ teamId: teamMember.teamId, personId: person.id, name: person.displayName })
      .from(teamMember)
      .innerJoin(team, teamOfMember)
      .innerJoin(person, personOfTeamMember)
      .where(and(eq(team.schoolId, params.schoolId), eq(person.active, true)))
      .orderBy(asc(person.displayName)),
  ]);
  return teams.map((entry) => ({
    ...entry,
    members: members
      .filter((member) => member.teamId === entry.id)
      .map((member) => ({ personId: member.personId, name: member.name })),
  }));
}
