import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { person, roleMembership, team, teamMember } from "../../schema/index.ts";

/**
 * Whom a teacher may share a video with: the teams they are on, and the active people of their
 * district who coach, lead a school, or share a team with them, each with what they are to the
 * teacher (so the page can say "coach" or "principal" beside the name).
 */
export async function videoShareTargets(tx: Transaction, ownerId: string) {
  const myTeams = tx
    .select({ teamId: teamMember.teamId })
    .from(teamMember)
    .where(eq(teamMember.personId, ownerId));
  const [teams, people] = await Promise.all([
    tx
      .select({ id: team.id, name: team.name })
      .from(team)
      .where(inArray(team.id, myTeams))
      .orderBy(asc(team.name)),
    tx
      .select({
        id: person.id,
        name: person.displayName,
        roles: sql<string[]>`coalesce(array_agg(distinct ${roleMembership.role}::text)
          filter (where ${roleMembership.role} is not null), '{}')`,
      })
      .from(person)
      .leftJoin(
        roleMembership,
        and(
          eq(roleMembership.districtId, person.districtId),
          eq(roleMembership.personId, person.id),
        ),
      )
      .where(
        and(
          eq(person.active, true),
          ne(person.id, ownerId),
          sql`(${roleMembership.role} in ('coach', 'principal') or ${person.id} in (
            select ${teamMember.personId} from ${teamMember} where ${teamMember.teamId} in ${myTeams}))`,
        ),
      )
      .groupBy(person.id, person.displayName)
      .orderBy(asc(person.displayName)),
  ]);
  return { teams, people };
}

/** Whether the person is an active person of the district (a share's target). */
export async function activePersonExists(tx: Transaction, personId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: person.id })
    .from(person)
    .where(and(eq(person.id, personId), eq(person.active, true)));
  return row !== undefined;
}

/** Whether the team is one of the district's. */
export async function teamExists(tx: Transaction, teamId: string): Promise<boolean> {
  const [row] = await tx.select({ id: team.id }).from(team).where(eq(team.id, teamId));
  return row !== undefined;
}
