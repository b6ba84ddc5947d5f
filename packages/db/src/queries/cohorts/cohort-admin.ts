import type {
  CohortAdminDetail,
  CohortFormOptions,
  CohortListItem,
} from "@throughline/domain/cohort-admin";
import { schoolYearFor } from "@throughline/domain/rules/school-year";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  cohort,
  enrolment,
  micropdSession,
  person,
  roleMembership,
  school,
  sessionRelease,
  stage,
  team,
} from "../../schema/index.ts";
import { rowStageColumns, stageNameColumns } from "../framework/framework-columns.ts";
import { programPositionOf } from "../framework/program-order.ts";
import { inSchoolScope, type SchoolScope } from "../people/people-admin-scope.ts";
import { personNameColumns } from "../people/person-columns.ts";
import { holdsActiveRole } from "../people/person-roles.ts";
import {
  membershipsOfPerson,
  schoolOfCohort,
  stageOfCohort,
  teacherOfEnrolment,
  tenantJoin,
} from "../sql/same-district-joins.ts";
import { enrolledCount } from "./enrolled-count.ts";

/*
 * Reading cohorts for the admin console. Which schools a viewer may see is decided by the
 * caller (district admins: all; principals: the schools they lead) and passed in as `schools`.
 */

function cohortSummaryQuery(tx: Transaction) {
  return tx
    .select({
      id: cohort.id,
      name: cohort.name,
      schoolYear: cohort.schoolYear,
      schoolId: school.id,
      schoolName: school.name,
      ...rowStageColumns,
      coachId: person.id,
      coachName: person.displayName,
      releaseMode: cohort.releaseMode,
      enrolledCount,
      workshopStartsAt: cohort.workshopStartsAt,
      workshopMinutes: cohort.workshopMinutes,
      workshopLocation: cohort.workshopLocation,
      workshopVideoUrl: cohort.workshopVideoUrl,
      workshopDescription: cohort.workshopDescription,
    })
    .from(cohort)
    .innerJoin(school, schoolOfCohort)
    .innerJoin(stage, stageOfCohort)
    .leftJoin(person, tenantJoin(person, cohort, cohort.coachId));
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof cohortSummaryQuery>["execute"]>>[number];

function toListItem(row: SummaryRow): CohortListItem {
  return {
    id: row.id,
    name: row.name,
    schoolYear: row.schoolYear,
    school: { id: row.schoolId, name: row.schoolName },
    stage: { id: row.stageId, position: row.stagePosition, title: row.stageTitle },
    coach: row.coachId && row.coachName ? { id: row.coachId, displayName: row.coachName } : null,
    releaseMode: row.releaseMode,
    enrolledCount: Number(row.enrolledCount),
  };
}

/** The cohorts of the schools in scope, newest school year first, then by school and stage. */
export async function listAdminCohorts(
  tx: Transaction,
  params: { schools: SchoolScope },
): Promise<CohortListItem[]> {
  const rows = await cohortSummaryQuery(tx)
    .where(inSchoolScope(cohort.schoolId, params.schools))
    .orderBy(
      desc(cohort.schoolYear),
      asc(school.name),
      asc(programPositionOf),
      asc(stage.position),
      asc(cohort.name),
    );
  return rows.map(toListItem);
}

/**
 * A cohort's school and stage, for the caller's scope check and for telling enrolled teachers;
 * null when the cohort is not in the district.
 */
export async function findCohortRef(tx: Transaction, params: { cohortId: string }) {
  const [found] = await tx
    .select({
      cohortId: cohort.id,
      name: cohort.name,
      schoolId: cohort.schoolId,
      ...rowStageColumns,
    })
    .from(cohort)
    .innerJoin(stage, stageOfCohort)
    .where(eq(cohort.id, params.cohortId))
    .limit(1);
  return found ?? null;
}

/** One cohort with its workshop, release dates, enrolments and its school's teams. */
export async function getCohortAdminDetail(
  tx: Transaction,
  params: { cohortId: string },
): Promise<CohortAdminDetail | null> {
  const [row] = await cohortSummaryQuery(tx).where(eq(cohort.id, params.cohortId)).limit(1);
  if (!row) return null;
  const [releases, enrolments, teams] = await Promise.all([
    tx
      .select({
        sessionId: micropdSession.id,
        position: micropdSession.position,
        title: micropdSession.title,
        releasesAt: sessionRelease.releasesAt,
      })
      .from(sessionRelease)
      .innerJoin(
        micropdSession,
        tenantJoin(micropdSession, sessionRelease, sessionRelease.sessionId),
      )
      .where(eq(sessionRelease.cohortId, params.cohortId))
      .orderBy(asc(micropdSession.position)),
    tx
      .select({
        enrolmentId: enrolment.id,
        personId: person.id,
        displayName: person.displayName,
        email: person.email,
        status: enrolment.status,
        enrolledAt: enrolment.enrolledAt,
      })
      .from(enrolment)
      .innerJoin(person, teacherOfEnrolment)
      .where(eq(enrolment.cohortId, params.cohortId))
      // Withdrawn teachers last: the table is about who is in the cohort now.
      .orderBy(sql`${enrolment.status} = 'withdrawn'`, asc(person.displayName)),
    tx
      .select({ id: team.id, name: team.name })
      .from(team)
      .where(eq(team.schoolId, row.schoolId))
      .orderBy(asc(team.name)),
  ]);
  return {
    ...toListItem(row),
    workshop: {
      startsAt: row.workshopStartsAt,
      minutes: row.workshopMinutes,
      location: row.workshopLocation,
      videoUrl: row.workshopVideoUrl,
      description: row.workshopDescription,
    },
    releases,
    enrolments,
    teams,
  };
}

/** What the new-cohort form offers: the schools in scope, the stages, the district's coaches. */
export async function getCohortFormOptions(
  tx: Transaction,
  params: { schools: SchoolScope; now: Date },
): Promise<CohortFormOptions> {
  const schoolFilter = inSchoolScope(school.id, params.schools);
  const [schools, stages, coaches] = await Promise.all([
    tx
      .select({ id: school.id, name: school.name })
      .from(school)
      .where(schoolFilter)
      .orderBy(asc(school.name)),
    tx.select(stageNameColumns).from(stage).orderBy(asc(stage.position)),
    tx
      .selectDistinct(personNameColumns)
      .from(person)
      .innerJoin(roleMembership, membershipsOfPerson)
      .where(and(eq(roleMembership.role, "coach"), eq(person.active, true)))
      .orderBy(asc(person.displayName), asc(person.id)),
  ]);
  return { schools, stages, coaches, currentSchoolYear: schoolYearFor(params.now) };
}

/** Whether the person holds the coach role in the district and is active. */
export function isDistrictCoach(tx: Transaction, params: { personId: string }): Promise<boolean> {
  return holdsActiveRole(tx, { personId: params.personId, roles: ["coach"] });
}

/** Whether the stage is one of the district's. */
export async function stageExists(tx: Transaction, params: { stageId: string }) {
  const [found] = await tx
    .select({ id: stage.id })
    .from(stage)
    .where(eq(stage.id, params.stageId))
    .limit(1);
  return Boolean(found);
}
