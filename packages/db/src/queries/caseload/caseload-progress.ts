import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  cohort,
  enrolment,
  enrolmentProgressSummary,
  micropdProgress,
  micropdSession,
  sessionRelease,
  stage,
} from "../../schema/index.ts";
import {
  CURRENT_STATUSES,
  type EnrolmentProgress,
  toProgress,
} from "../enrolments/stage-progress.ts";
import { anyId } from "../sql/any-id.ts";

/** An enrolment's stage progress, with the pace facts the MicroPD flag reads. */
interface CaseloadEnrolment extends EnrolmentProgress {
  enrolledAt: Date;
  /** Dated cohorts: sessions released by `now` that the teacher has not completed. */
  releasedNotCompleted: number;
}

/**
 * Every current (not withdrawn) enrolment of the caseload's teachers with its stage progress and
 * pace, in one statement and stage order: what `loadEnrolmentProgress` and `loadEnrolmentPace`
 * give, with the counts that change as a teacher works (sessions completed, meetings attended,
 * a completed action step) read from `enrolment_progress_summary` by the enrolment's key. The
 * triggers of migration 0022 keep that row as the teacher's rows are written, so the caseload no
 * longer looks up each attended meeting and completed session of 100 teachers per request
 * (about 1,250 meeting lookups, two thirds of its database time at 20,000 teachers).
 * Released-not-completed depends on `now`, so it is still counted here: each released session
 * of the cohort looked up in the teacher's progress by its key.
 */
export async function loadCaseloadEnrolments(
  tx: Transaction,
  params: { personIds: readonly string[]; now: Date },
): Promise<CaseloadEnrolment[]> {
  if (params.personIds.length === 0) return [];
  const sessionsTotal = sql<number>`(
    select count(*) from ${micropdSession}
    where ${micropdSession.districtId} = ${cohort.districtId}
      and ${micropdSession.stageId} = ${cohort.stageId}
  )`.mapWith(Number);
  const releasedNotCompleted = sql<number>`(
    select count(*) from ${sessionRelease}
    where ${sessionRelease.districtId} = ${enrolment.districtId}
      and ${sessionRelease.cohortId} = ${enrolment.cohortId}
      and ${sessionRelease.releasesAt} <= ${params.now.toISOString()}::timestamptz
      and not exists (
        select 1 from ${micropdProgress}
        where ${micropdProgress.districtId} = ${sessionRelease.districtId}
          and ${micropdProgress.personId} = ${enrolment.personId}
          and ${micropdProgress.sessionId} = ${sessionRelease.sessionId}
          and ${micropdProgress.completedAt} is not null
      )
  )`.mapWith(Number);
  // Each enrolment's summary row and cohort looked up by key (the lateral limit): joined as
  // sets, the planner hashes the district's 20,000 summaries and 1,200 cohorts for 100 rows.
  const summary = tx
    .select({
      sessionsCompleted: enrolmentProgressSummary.sessionsCompleted,
      meetingsAttended: enrolmentProgressSummary.meetingsAttended,
      hasCompletedActionStep: enrolmentProgressSummary.hasCompletedActionStep,
    })
    .from(enrolmentProgressSummary)
    .where(
      and(
        eq(enrolmentProgressSummary.districtId, enrolment.districtId),
        eq(enrolmentProgressSummary.enrolmentId, enrolment.id),
      ),
    )
    .limit(1)
    .as("summary");
  const rows = await tx
    .select({
      enrolmentId: enrolment.id,
      personId: enrolment.personId,
      enrolledAt: enrolment.enrolledAt,
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
      sessionsTotal,
      sessionsCompleted: summary.sessionsCompleted,
      meetingsAttended: summary.meetingsAttended,
      hasCompletedActionStep: summary.hasCompletedActionStep,
      releasedNotCompleted,
    })
    .from(enrolment)
    .innerJoin(
      cohort,
      and(eq(cohort.districtId, enrolment.districtId), eq(cohort.id, enrolment.cohortId)),
    )
    .innerJoin(stage, and(eq(stage.districtId, cohort.districtId), eq(stage.id, cohort.stageId)))
    .innerJoinLateral(summary, sql`true`)
    .where(
      and(anyId(enrolment.personId, params.personIds), inArray(enrolment.status, CURRENT_STATUSES)),
    )
    .orderBy(asc(stage.position), asc(cohort.name))
    .prepare("caseload_enrolments")
    .execute();
  return rows.map((row) => ({
    ...toProgress(row),
    enrolledAt: row.enrolledAt,
    releasedNotCompleted: row.releasedNotCompleted,
  }));
}
