import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { cohort, enrolment, person, team, teamMember } from "../../schema/index.ts";
import { activeEnrolment } from "../enrolments/active-enrolment.ts";
import { personNameColumns } from "../people/person-columns.ts";
import { cohortOfEnrolment, teamOfMember } from "../sql/same-district-joins.ts";

/**
 * The teachers a coach supports — enrolled (not withdrawn) in a cohort they coach, or members of
 * a team they facilitate: whom the coaching log may name, the same people `teachersCoachedBy`
 * admits when the entry is saved.
 */
export async function supportedTeachers(
  tx: Transaction,
  coachId: string,
): Promise<{ id: string; displayName: string }[]> {
  const viaCohort = tx
    .select({ id: enrolment.personId })
    .from(enrolment)
    .innerJoin(cohort, cohortOfEnrolment)
    .where(and(eq(cohort.coachId, coachId), activeEnrolment));
  const viaTeam = tx
    .select({ id: teamMember.personId })
    .from(teamMember)
    .innerJoin(team, teamOfMember)
    .where(eq(team.facilitatorId, coachId));
  return tx
    .select(personNameColumns)
    .from(person)
    .where(and(ne(person.id, coachId), sql`${person.id} in (${viaCohort} union ${viaTeam})`))
    .orderBy(asc(person.displayName));
}
