import { enrolmentStatusSchema } from "@throughline/domain/enums";
import { type StageStatus, stageStatus } from "@throughline/domain/rules/stage-status";
import { and, asc, type Column, eq, inArray, isNotNull, type SQL, sql } from "drizzle-orm";
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
import { anyId } from "./any-id.ts";

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
 * A current enrolment is any but withdrawn, listed rather than written `<> 'withdrawn'`: under
 * row-level security PostgreSQL estimates a column's values from its number of distinct values
 * alone, so where every enrolment is active `<>` reads as "no rows" and the planner chose nested
 * loops that ran for seconds at 20,000 teachers; `in (…)` of the other values reads as all.
 */
const CURRENT_STATUSES = enrolmentStatusSchema.options.filter((status) => status !== "withdrawn");

/**
 * Progress of every current (not withdrawn) enrolment of the given people, in one statement:
 * each count is grouped once for all the people (by person and stage, or by enrolment) and
 * joined in, so the cost grows with the rows read, not with enrolments × rows.
 * Meetings count as the transcript counts them: held (closed) with the teacher present, on a
 * day since they enrolled. `now` is kept for callers; no count depends on the clock.
 */
export async function loadEnrolmentProgress(
  tx: Transaction,
  params: {
    /** The people, as ids or as a subquery of person ids (a dashboard's whole district). */
    personIds: readonly string[] | SQL;
    now: Date;
  },
): Promise<EnrolmentProgress[]> {
  const ids = params.personIds;
  if (Array.isArray(ids) && ids.length === 0) return [];
  const personIn = (column: Column) =>
    Array.isArray(ids) ? anyId(column, ids) : sql`${column} in (${ids})`;
  const sessionTotals = tx
    .select({
      districtId: micropdSession.districtId,
      stageId: micropdSession.stageId,
      total: sql<number>`count(*)`.as("sessions_total"),
    })
    .from(micropdSession)
    .groupBy(micropdSession.districtId, micropdSession.stageId)
    .as("session_totals");
  const completed = tx
    .select({
      districtId: micropdProgress.districtId,
      personId: micropdProgress.personId,
      stageId: micropdSession.stageId,
      total: sql<number>`count(*)`.as("sessions_completed"),
    })
    .from(micropdProgress)
    .innerJoin(
      micropdSession,
      and(
        eq(micropdSession.districtId, micropdProgress.districtId),
        eq(micropdSession.id, micropdProgress.sessionId),
      ),
    )
    .where(and(personIn(micropdProgress.personId), isNotNull(micropdProgress.completedAt)))
    .groupBy(micropdProgress.districtId, micropdProgress.personId, micropdSession.stageId)
    .as("sessions_completed_by_stage");
  const attended = tx
    .select({
      enrolmentId: sql<string>`${enrolment.id}`.as("attended_enrolment_id"),
      total: sql<number>`count(*)`.as("meetings_attended"),
    })
    .from(enrolment)
    .innerJoin(
      meetingAttendance,
      and(
        eq(meetingAttendance.districtId, enrolment.districtId),
        eq(meetingAttendance.personId, enrolment.personId),
      ),
    )
    .innerJoin(
      supportMeeting,
      and(
        eq(supportMeeting.districtId, meetingAttendance.districtId),
        eq(supportMeeting.id, meetingAttendance.meetingId),
      ),
    )
    .where(
      and(
        personIn(enrolment.personId),
        // wasAttended (domain rules/meeting-attended): held, that is closed, and present.
        eq(meetingAttendance.attendance, "present"),
        eq(supportMeeting.status, "closed"),
        // meetingHeldAt (domain rules/meeting-held): it counts on the day it was held, as on
        // the transcript, whatever day it had been scheduled for.
        sql`coalesce(${supportMeeting.startedAt}, ${supportMeeting.closedAt}, ${supportMeeting.startsAt}) >= ${enrolment.enrolledAt}`,
      ),
    )
    .groupBy(enrolment.id)
    .as("meetings_attended_by_enrolment");
  const stepsDone = tx
    .selectDistinct({
      districtId: actionPlan.districtId,
      personId: actionPlan.personId,
      stageId: actionPlan.stageId,
    })
    .from(actionStep)
    .innerJoin(
      actionPlan,
      and(eq(actionPlan.districtId, actionStep.districtId), eq(actionPlan.id, actionStep.planId)),
    )
    .where(
      and(
        personIn(actionPlan.personId),
        eq(actionStep.status, "done"),
        // isStepCompleteWithEvidence (domain rules/action-step): evidence is a link, words or a
        // file, and blank text does not count.
        sql`(
          btrim(coalesce(${actionStep.evidenceUrl}, '')) <> ''
          or btrim(coalesce(${actionStep.evidenceText}, '')) <> ''
          or exists (
            select 1 from ${evidenceFile}
            where ${evidenceFile.districtId} = ${actionStep.districtId}
              and ${evidenceFile.stepId} = ${actionStep.id}
          )
        )`,
        sql`btrim(coalesce(${actionStep.reflection}, '')) <> ''`,
      ),
    )
    .as("steps_done_by_stage");

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
      sessionsTotal: sql<number>`coalesce(${sessionTotals.total}, 0)`.mapWith(Number),
      sessionsCompleted: sql<number>`coalesce(${completed.total}, 0)`.mapWith(Number),
      meetingsAttended: sql<number>`coalesce(${attended.total}, 0)`.mapWith(Number),
      hasCompletedActionStep: sql<boolean>`${stepsDone.personId} is not null`,
    })
    .from(enrolment)
    .innerJoin(
      cohort,
      and(eq(cohort.districtId, enrolment.districtId), eq(cohort.id, enrolment.cohortId)),
    )
    .innerJoin(stage, and(eq(stage.districtId, cohort.districtId), eq(stage.id, cohort.stageId)))
    .leftJoin(
      sessionTotals,
      and(
        eq(sessionTotals.districtId, cohort.districtId),
        eq(sessionTotals.stageId, cohort.stageId),
      ),
    )
    .leftJoin(
      completed,
      and(
        eq(completed.districtId, enrolment.districtId),
        eq(completed.personId, enrolment.personId),
        eq(completed.stageId, cohort.stageId),
      ),
    )
    .leftJoin(attended, eq(attended.enrolmentId, enrolment.id))
    .leftJoin(
      stepsDone,
      and(
        eq(stepsDone.districtId, enrolment.districtId),
        eq(stepsDone.personId, enrolment.personId),
        eq(stepsDone.stageId, cohort.stageId),
      ),
    )
    .where(and(personIn(enrolment.personId), inArray(enrolment.status, CURRENT_STATUSES)))
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
