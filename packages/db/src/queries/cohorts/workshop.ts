import type { CohortWorkshop, ManagedCohort } from "@throughline/domain/workshop";
import { and, asc, desc, eq, type SQL, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  cohort,
  enrolment,
  person,
  roleMembership,
  school,
  stage,
  team,
  teamMember,
} from "../../schema/index.ts";
import { activeEnrolment } from "../enrolments/active-enrolment.ts";
import { loadEnrolmentProgress } from "../enrolments/stage-progress.ts";
import { rowStageColumns } from "../framework/framework-columns.ts";
import { programPositionOf } from "../framework/program-order.ts";
import { schoolOfCohort, stageOfCohort, teacherOfEnrolment } from "../sql/same-district-joins.ts";
import { enrolledCount } from "./enrolled-count.ts";
import { workshopColumns } from "./workshop-columns.ts";

/**
 * Who may run a cohort's workshop and see its roster: the cohort's coach, a facilitator of a
 * team with a member in the cohort, the principal of its school, or a district admin. One SQL
 * condition on `cohort`, so the list and the single-cohort check cannot disagree.
 */
function manageableBy(personId: string): SQL {
  return sql`(
    ${cohort.coachId} = ${personId}
    or exists (
      select 1 from ${team}
      join ${teamMember}
        on ${teamMember.districtId} = ${team.districtId} and ${teamMember.teamId} = ${team.id}
      join ${enrolment}
        on ${enrolment.districtId} = ${teamMember.districtId}
        and ${enrolment.personId} = ${teamMember.personId}
      where ${team.districtId} = ${cohort.districtId}
        and ${team.facilitatorId} = ${personId}
        and ${enrolment.cohortId} = ${cohort.id}
        and ${enrolment.status} <> 'withdrawn'
    )
    or ${principalOrAdmin(personId)}
  )`;
}

/** Principals of the cohort's school and district admins; they may also confirm completion. */
function principalOrAdmin(personId: string): SQL {
  return sql`exists (
    select 1 from ${roleMembership}
    where ${roleMembership.districtId} = ${cohort.districtId}
      and ${roleMembership.personId} = ${personId}
      and (
        ${roleMembership.role} = 'district_admin'
        or (${roleMembership.role} = 'principal' and ${roleMembership.schoolId} = ${cohort.schoolId})
      )
  )`;
}

export interface CohortAccess {
  cohortId: string;
  districtId: string;
  stageId: string;
  /** May see the roster and mark workshop attendance. */
  canManage: boolean;
  /** May confirm a teacher's stage complete: the cohort's coach, its principal, a district admin. */
  canConfirm: boolean;
}

/** What the person may do with one cohort; null when the cohort is not in their district. */
export async function cohortAccess(
  tx: Transaction,
  params: { cohortId: string; personId: string },
): Promise<CohortAccess | null> {
  const [found] = await tx
    .select({
      cohortId: cohort.id,
      districtId: cohort.districtId,
      stageId: cohort.stageId,
      canManage: sql<boolean>`${manageableBy(params.personId)}`,
      canConfirm: sql<boolean>`(
        ${cohort.coachId} = ${params.personId} or ${principalOrAdmin(params.personId)}
      )`,
    })
    .from(cohort)
    .where(eq(cohort.id, params.cohortId))
    .limit(1);
  if (!found) return null;
  return { ...found, canManage: Boolean(found.canManage), canConfirm: Boolean(found.canConfirm) };
}

/** The cohorts a person may manage, newest school year first, with enrolment and attendance counts. */
export async function listManagedCohorts(
  tx: Transaction,
  params: { personId: string },
): Promise<ManagedCohort[]> {
  const rows = await tx
    .select({
      id: cohort.id,
      name: cohort.name,
      schoolYear: cohort.schoolYear,
      schoolName: school.name,
      ...rowStageColumns,
      workshopStartsAt: cohort.workshopStartsAt,
      enrolledCount,
      attendedCount: sql<number>`(
        select count(*) from ${enrolment}
        where ${enrolment.districtId} = ${cohort.districtId}
          and ${enrolment.cohortId} = ${cohort.id}
          and ${enrolment.status} <> 'withdrawn'
          and ${enrolment.workshopAttended}
      )`.mapWith(Number),
    })
    .from(cohort)
    .innerJoin(school, schoolOfCohort)
    .innerJoin(stage, stageOfCohort)
    .where(manageableBy(params.personId))
    .orderBy(
      desc(cohort.schoolYear),
      asc(school.name),
      asc(programPositionOf),
      asc(stage.position),
      asc(cohort.name),
    );
  return rows.map(({ stageId, stagePosition, stageTitle, ...row }) => ({
    ...row,
    stage: { id: stageId, position: stagePosition, title: stageTitle },
  }));
}

/**
 * One cohort's workshop and roster (current enrolments, by name), each teacher with their stage
 * status. Null when the cohort is not in the district. Callers check access first.
 */
export async function getCohortWorkshop(
  tx: Transaction,
  params: { cohortId: string; canConfirm: boolean; now: Date },
): Promise<CohortWorkshop | null> {
  const [found] = await tx
    .select({
      id: cohort.id,
      name: cohort.name,
      schoolYear: cohort.schoolYear,
      schoolName: school.name,
      releaseMode: cohort.releaseMode,
      ...rowStageColumns,
      requiresConfirmation: stage.requiresConfirmation,
      ...workshopColumns,
    })
    .from(cohort)
    .innerJoin(school, schoolOfCohort)
    .innerJoin(stage, stageOfCohort)
    .where(eq(cohort.id, params.cohortId))
    .limit(1);
  if (!found) return null;

  const members = await tx
    .select({
      enrolmentId: enrolment.id,
      personId: person.id,
      displayName: person.displayName,
      email: person.email,
    })
    .from(enrolment)
    .innerJoin(person, teacherOfEnrolment)
    .where(and(eq(enrolment.cohortId, params.cohortId), activeEnrolment))
    .orderBy(asc(person.displayName));
  const progress = await loadEnrolmentProgress(tx, {
    personIds: members.map((member) => member.personId),
    now: params.now,
  });
  const byEnrolment = new Map(progress.map((row) => [row.enrolmentId, row]));

  return {
    cohort: {
      id: found.id,
      name: found.name,
      schoolYear: found.schoolYear,
      schoolName: found.schoolName,
      releaseMode: found.releaseMode,
      stage: {
        id: found.stageId,
        position: found.stagePosition,
        title: found.stageTitle,
        requiresConfirmation: found.requiresConfirmation,
      },
    },
    workshop: {
      startsAt: found.startsAt,
      location: found.location,
      videoUrl: found.videoUrl,
      description: found.description,
      minutes: found.minutes,
    },
    roster: members.map((member) => {
      const row = byEnrolment.get(member.enrolmentId);
      return {
        ...member,
        workshopAttended: row?.workshopAttended ?? false,
        status: row?.status ?? "not_started",
        sessionsCompleted: row?.sessionsCompleted ?? 0,
        sessionsTotal: row?.sessionsTotal ?? 0,
      };
    }),
    canConfirm: params.canConfirm,
  };
}

/**
 * Records whether a teacher attended their cohort's workshop. Returns false when the person has
 * no current enrolment in the cohort.
 */
export async function setWorkshopAttendance(
  tx: Transaction,
  params: { cohortId: string; personId: string; attended: boolean },
): Promise<boolean> {
  const updated = await tx
    .update(enrolment)
    .set({ workshopAttended: params.attended })
    .where(
      and(
        eq(enrolment.cohortId, params.cohortId),
        eq(enrolment.personId, params.personId),
        activeEnrolment,
      ),
    )
    .returning({ id: enrolment.id });
  return updated.length > 0;
}
