import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Transaction } from "../client.ts";
import { cohort, enrolment, person, school, team, teamMember } from "../schema/index.ts";

/*
 * Which teams and teachers a coach sees, in one place: the coach's home, the caseload and the
 * team view all ask the same question and must give the same answer.
 */

const facilitator = alias(person, "facilitator");

/**
 * Teams a coach sees: the ones they facilitate, and those with a member (not withdrawn) in a
 * cohort they coach.
 */
export function teamVisibleTo(personId: string): SQL {
  return sql`(${team.facilitatorId} = ${personId} or exists (
      select 1 from ${teamMember}
      join ${enrolment}
        on ${enrolment.districtId} = ${teamMember.districtId}
        and ${enrolment.personId} = ${teamMember.personId}
      join ${cohort}
        on ${cohort.districtId} = ${enrolment.districtId}
        and ${cohort.id} = ${enrolment.cohortId}
      where ${teamMember.districtId} = ${team.districtId}
        and ${teamMember.teamId} = ${team.id}
        and ${enrolment.status} <> 'withdrawn'
        and ${cohort.coachId} = ${personId}
    ))`;
}

export function selectTeams(tx: Transaction) {
  return tx
    .select({
      id: team.id,
      name: team.name,
      schoolName: school.name,
      facilitatorName: facilitator.displayName,
    })
    .from(team)
    .innerJoin(school, and(eq(school.districtId, team.districtId), eq(school.id, team.schoolId)))
    .leftJoin(
      facilitator,
      and(eq(facilitator.districtId, team.districtId), eq(facilitator.id, team.facilitatorId)),
    );
}

/** Active members of the given teams, one row per person and team. */
export async function loadCoachedTeamMembers(tx: Transaction, teamIds: string[]) {
  if (teamIds.length === 0) return [];
  return tx
    .select({ teamId: teamMember.teamId, personId: person.id, displayName: person.displayName })
    .from(teamMember)
    .innerJoin(
      person,
      and(eq(person.districtId, teamMember.districtId), eq(person.id, teamMember.personId)),
    )
    .where(and(inArray(teamMember.teamId, teamIds), eq(person.active, true)))
    .orderBy(asc(person.displayName));
}
