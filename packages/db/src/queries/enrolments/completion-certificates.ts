import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  awardedBadge,
  cohort,
  credentialVersion,
  enrolment,
  enrolmentProgressSummary,
  micropdProgress,
  micropdSession,
  stage,
} from "../../schema/index.ts";
import { programLabelOf } from "../framework/program-label.ts";
import { completedSessionOf } from "../sql/finished-pd.ts";
import {
  cohortOfEnrolment,
  sessionOfProgress,
  stageOfCohort,
  versionOfBadge,
} from "../sql/same-district-joins.ts";

/*
 * What a teacher completed that earns a printed certificate: a stage (its requirements met,
 * and confirmed where the stage asks for it), a course (every MicroPD session of a stage) and a
 * micro-credential (a badge not revoked). Each with its first and last moments and its minutes.
 */

/** Enrolments whose stage's requirements were met, with what dates and confirms them. */
export async function listStageCompletions(tx: Transaction, params: { personId: string }) {
  return tx
    .select({
      enrolmentId: enrolment.id,
      stageId: stage.id,
      stagePosition: stage.position,
      stageTitle: stage.title,
      programTitle: programLabelOf,
      requiresConfirmation: stage.requiresConfirmation,
      enrolledAt: enrolment.enrolledAt,
      confirmedAt: enrolment.confirmedAt,
      requirementsMetAt: enrolmentProgressSummary.requirementsMetAt,
      workshopMinutes:
        sql<number>`case when ${enrolment.workshopAttended} then ${cohort.workshopMinutes} else 0 end`.mapWith(
          Number,
        ),
    })
    .from(enrolment)
    .innerJoin(cohort, cohortOfEnrolment)
    .innerJoin(stage, stageOfCohort)
    .innerJoin(
      enrolmentProgressSummary,
      and(
        eq(enrolmentProgressSummary.districtId, enrolment.districtId),
        eq(enrolmentProgressSummary.enrolmentId, enrolment.id),
      ),
    )
    .where(and(eq(enrolment.personId, params.personId), ne(enrolment.status, "withdrawn")));
}

/**
 * Per stage, the MicroPD sessions the teacher completed and the stage's session count: a course
 * is finished when the two agree.
 */
export async function listSessionCourses(tx: Transaction, params: { personId: string }) {
  return tx
    .select({
      stageId: micropdSession.stageId,
      stagePosition: stage.position,
      stageTitle: stage.title,
      programTitle: programLabelOf,
      completed: sql<number>`count(*)`.mapWith(Number),
      total: sql<number>`(select count(*) from ${micropdSession} s
        where s.district_id = ${stage.districtId} and s.stage_id = ${stage.id})`.mapWith(Number),
      firstAt: sql<Date>`min(${micropdProgress.completedAt})`.mapWith(micropdProgress.completedAt),
      lastAt: sql<Date>`max(${micropdProgress.completedAt})`.mapWith(micropdProgress.completedAt),
      minutes:
        sql<number>`sum(coalesce(${micropdProgress.creditedMinutes}, ${micropdSession.estimatedMinutes}))`.mapWith(
          Number,
        ),
    })
    .from(micropdProgress)
    .innerJoin(micropdSession, sessionOfProgress)
    .innerJoin(
      stage,
      and(eq(stage.districtId, micropdSession.districtId), eq(stage.id, micropdSession.stageId)),
    )
    .where(and(...completedSessionOf(params.personId)))
    .groupBy(
      micropdSession.stageId,
      stage.districtId,
      stage.id,
      stage.programId,
      stage.position,
      stage.title,
    );
}

/** The teacher's badges not revoked, each a micro-credential earned. */
export async function listEarnedBadges(tx: Transaction, params: { personId: string }) {
  return tx
    .select({
      badgeId: awardedBadge.id,
      name: credentialVersion.name,
      awardedAt: awardedBadge.awardedAt,
      minutes: awardedBadge.pdMinutes,
    })
    .from(awardedBadge)
    .innerJoin(credentialVersion, versionOfBadge)
    .where(and(eq(awardedBadge.personId, params.personId), isNull(awardedBadge.revokedAt)));
}
