import { and, eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { cohort, enrolment, team, teamMember } from "../../schema/index.ts";
import { activeEnrolment } from "../enrolments/active-enrolment.ts";
import { cohortOfEnrolment, teamOfMember } from "../sql/same-district-joins.ts";

/**
 * Everyone who coaches a teacher: the coaches of the cohorts they are enrolled in (not
 * withdrawn) and the facilitators of their teams — the same people `coachesTeacher` admits to
 * the teacher's plan, so a notification never goes to someone who could not open it.
 */
export async function coachesOf(tx: Transaction, teacherId: string): Promise<string[]> {
  const [viaCohorts, viaTeams] = await Promise.all([
    tx
      .select({ id: cohort.coachId })
      .from(enrolment)
      .innerJoin(cohort, cohortOfEnrolment)
      .where(and(eq(enrolment.personId, teacherId), activeEnrolment)),
    tx
      .select({ id: team.facilitatorId })
      .from(teamMember)
      .innerJoin(team, teamOfMember)
      .where(eq(teamMember.personId, teacherId)),
  ]);
  const ids = [...viaCohorts, ...viaTeams]
    .map((row) => row.id)
    .filter((id): id is string => id !== null && id !== teacherId);
  return [...new Set(ids)];
}
