import { type StageStatus, stageStatus } from "@throughline/domain/rules/stage-status";
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Transaction } from "../client.ts";
import {
  actionPlan,
  actionStep,
  cohort,
  enrolment,
  evidenceFile,
  meetingAttendance,
  micropdProgress,
  micropdSession,
  stage,
  supportMeeting,
} from "../schema/index.ts";

/** One enrolment with everything the stage-status rule needs, and the status it gives. */
export interface EnrolmentProgress {
  enrolmentId: string;
  personId: string;
  cohortId: string;
  cohortName: string;
  schoolYear: string;
  releaseMode: "self_paced" | "dated";
  stage: { id: string; position: number; title: string };
  workshopAttended: boolean;
  sessionsTotal: number;
  sessionsCompleted: number;
  meetingsAttended: number;
  status: StageStatus;
}

/**
 * Progress of every current (not withdrawn) enrolment of the given people, in one query: the
 * counts are correlated subqueries, so the cost is one round trip however many people.
 * Meetings count as the transcript counts them: held (closed) with the teacher present, on a
 * day since they enrolled. `now` is kept for callers; no count depends on the clock.
 */
export async function loadEnrolmentProgress(
  tx: Transaction,
  params: { personIds: string[]; now: Date },
): Promise<EnrolmentProgress[]> {
  if (params.personIds.length === 0) return [];
  const rows = await tx
    .select({
      enrolmentId: enrolment.id,
      personId: enrolment.personId,
      cohortId: cohort.id,
      cohortName: cohort.name,
      schoolYear: cohort.schoolYear,
      releaseMode: cohort.releaseMode,
      stageId: stage.id,
      stagePosition: stage.position,
      stageTitle: stage.title,
      meetingsRequired: stage.meetingsRequired,
      requiresConfirmation: stage.requiresConfirmation,
      workshopAttended: enrolment.workshopAttended,
      confirmedAt: enrolment.confirmedAt,
      sessionsTotal: sql<number>`(
        select count(*) from ${micropdSession}
        where ${micropdSession.districtId} = ${cohort.districtId}
          and ${micropdSession.stageId} = ${cohort.stageId}
      )`.mapWith(Number),
      sessionsCompleted: sql<number>`(
        select count(*) from ${micropdProgress}
        join ${micropdSession}
          on ${micropdSession.districtId} = ${micropdProgress.districtId}
          and ${micropdSession.id} = ${micropdProgress.sessionId}
        where ${micropdProgress.districtId} = ${enrolment.districtId}
          and ${micropdProgress.personId} = ${enrolment.personId}
          and ${micropdSession.stageId} = ${cohort.stageId}
          and ${micropdProgress.completedAt} is not null
      )`.mapWith(Number),
      meetingsAttended: sql<number>`(
        select count(*) from ${meetingAttendance}
        join ${supportMeeting}
          on ${supportMeeting.districtId} = ${meetingAttendance.districtId}
          and ${supportMeeting.id} = ${meetingAttendance.meetingId}
        where ${meetingAttendance.districtId} = ${enrolment.districtId}
          and ${meetingAttendance.personId} = ${enrolment.personId}
          -- wasAttended (domain rules/meeting-attended): held, that is closed, and present.
          and ${meetingAttendance.attendance} = 'present'
          and ${supportMeeting.status} = 'closed'
          -- meetingHeldAt (domain rules/meeting-held): it counts on the day it was held, as on
          -- the transcript, whatever day it had been scheduled for.
          and coalesce(${supportMeeting.startedAt}, ${supportMeeting.closedAt}, ${supportMeeting.startsAt})
            >= ${enrolment.enrolledAt}
      )`.mapWith(Number),
      hasCompletedActionStep: sql<boolean>`exists (
        select 1 from ${actionStep}
        join ${actionPlan}
          on ${actionPlan.districtId} = ${actionStep.districtId}
          and ${actionPlan.id} = ${actionStep.planId}
        where ${actionPlan.districtId} = ${enrolment.districtId}
          and ${actionPlan.personId} = ${enrolment.personId}
          and ${actionPlan.stageId} = ${cohort.stageId}
          and ${actionStep.status} = 'done'
          -- isStepCompleteWithEvidence (domain rules/action-step): evidence is a link, words or a
          -- file, and blank text does not count.
          and (
            btrim(coalesce(${actionStep.evidenceUrl}, '')) <> ''
            or btrim(coalesce(${actionStep.evidenceText}, '')) <> ''
            or exists (
              select 1 from ${evidenceFile}
              where ${evidenceFile.districtId} = ${actionStep.districtId}
                and ${evidenceFile.stepId} = ${actionStep.id}
            )
          )
          and btrim(coalesce(${actionStep.reflection}, '')) <> ''
      )`,
    })
    .from(enrolment)
    .innerJoin(
      cohort,
      and(eq(cohort.districtId, enrolment.districtId), eq(cohort.id, enrolment.cohortId)),
    )
    .innerJoin(stage, and(eq(stage.districtId, cohort.districtId), eq(stage.id, cohort.stageId)))
    .where(and(inArray(enrolment.personId, params.personIds), ne(enrolment.status, "withdrawn")))
    .orderBy(asc(stage.position), asc(cohort.name));

  return rows.map((row) => ({
    enrolmentId: row.enrolmentId,
    personId: row.personId,
    cohortId: row.cohortId,
    cohortName: row.cohortName,
    schoolYear: row.schoolYear,
    releaseMode: row.releaseMode,
    stage: { id: row.stageId, position: row.stagePosition, title: row.stageTitle },
    workshopAttended: row.workshopAttended,
    sessionsTotal: row.sessionsTotal,
    sessionsCompleted: row.sessionsCompleted,
    meetingsAttended: row.meetingsAttended,
    status: stageStatus({
      workshopAttended: row.workshopAttended,
      sessionsTotal: row.sessionsTotal,
      sessionsCompleted: row.sessionsCompleted,
      meetingsRequired: row.meetingsRequired,
      meetingsAttended: row.meetingsAttended,
      hasCompletedActionStep: Boolean(row.hasCompletedActionStep),
      requiresConfirmation: row.requiresConfirmation,
      confirmed: row.confirmedAt !== null,
    }),
  }));
}

/** A person's current stage: their enrolment in the highest stage (rows come in stage order). */
export function currentEnrolment(
  progress: readonly EnrolmentProgress[],
  personId: string,
): EnrolmentProgress | undefined {
  return progress.filter((row) => row.personId === personId).at(-1);
}
