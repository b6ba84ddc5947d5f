import type { CoachHome } from "@throughline/domain/home";
import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Transaction } from "../client.ts";
import { cohort, enrolment, person, school, team, teamMember } from "../schema/index.ts";
import { currentEnrolment, loadEnrolmentProgress } from "./stage-progress.ts";

const facilitator = alias(person, "facilitator");

/**
 * A coach's caseload: the teams they facilitate, and the teams of teachers in cohorts they
 * coach, each member with their current stage (the highest one they are enrolled in) and
 * progress. Three queries, however many teams and members.
 */
export async function getCoachHome(
  tx: Transaction,
  params: { personId: string; now?: Date },
): Promise<CoachHome> {
  const teams = await tx
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
    )
    .where(
      or(
        eq(team.facilitatorId, params.personId),
        sql`exists (
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
            and ${cohort.coachId} = ${params.personId}
        )`,
      ),
    )
    .orderBy(asc(school.name), asc(team.name));
  if (teams.length === 0) return { teams: [] };

  const members = await tx
    .select({ teamId: teamMember.teamId, personId: person.id, displayName: person.displayName })
    .from(teamMember)
    .innerJoin(
      person,
      and(eq(person.districtId, teamMember.districtId), eq(person.id, teamMember.personId)),
    )
    .where(
      and(
        inArray(
          teamMember.teamId,
          teams.map((row) => row.id),
        ),
        eq(person.active, true),
      ),
    )
    .orderBy(asc(person.displayName));

  const progress = await loadEnrolmentProgress(tx, {
    personIds: [...new Set(members.map((member) => member.personId))],
    now: params.now ?? new Date(),
  });

  return {
    teams: teams.map((row) => ({
      ...row,
      members: members
        .filter((member) => member.teamId === row.id)
        .map((member) => {
          const current = currentEnrolment(progress, member.personId);
          return {
            personId: member.personId,
            displayName: member.displayName,
            stageTitle: current?.stage.title ?? null,
            stagePosition: current?.stage.position ?? null,
            status: current?.status ?? null,
            sessionsCompleted: current?.sessionsCompleted ?? 0,
            sessionsTotal: current?.sessionsTotal ?? 0,
          };
        }),
    })),
  };
}
