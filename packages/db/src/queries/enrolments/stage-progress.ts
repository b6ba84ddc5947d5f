import { enrolmentStatusSchema } from "@throughline/domain/enums";
import { currentPerProgram } from "@throughline/domain/rules/current-stage";
import { type StageStatus, stageStatus } from "@throughline/domain/rules/stage-status";
import { and, asc, inArray, type SQL, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
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
} from "../../schema/index.ts";
import { rowStageColumns } from "../framework/framework-columns.ts";
import { programPositionOf } from "../framework/program-order.ts";
import { anyId } from "../sql/any-id.ts";
import { meetingHeldAt } from "../sql/meeting-held-at.ts";
import { cohortOfEnrolment, stageOfCohort } from "../sql/same-district-joins.ts";

/** One enrolment with everything the stage-status rule needs, and the status it gives. */
export interface EnrolmentProgress {
  enrolmentId: string;
  personId: string;
  cohortId: string;
  cohortName: string;
  schoolYear: string;
  releaseMode: "self_paced" | "dated";
  /** The stage's program and that program's place in the district's order. */
  programId: string;
  programPosition: number;
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
export const CURRENT_STATUSES = enrolmentStatusSchema.options.filter(
  (status) => status !== "withdrawn",
);

/**
 * The enrolment, cohort and stage columns every reading of an enrolment's progress selects
 * (this query and the teacher's home, which reads the counts from the kept summary instead).
 */
export const enrolmentStageColumns = {
  enrolmentId: enrolment.id,
  personId: enrolment.personId,
  cohortId: cohort.id,
  cohortName: cohort.name,
  schoolYear: cohort.schoolYear,
  releaseMode: cohort.releaseMode,
  programId: stage.programId,
  programPosition: programPositionOf.mapWith(Number),
  ...rowStageColumns,
  meetingsRequired: stage.meetingsRequired,
  requiresConfirmation: stage.requiresConfirmation,
  workshopAttended: enrolment.workshopAttended,
  confirmedAt: enrolment.confirmedAt,
};

/**
 * Progress of every current (not withdrawn) enrolment of the given people, in one statement:
 * the enrolments first, then each count looked up for that enrolment alone, through the
 * indexes that lead with (district, person) (micropd_progress, meeting_attendance, action_plan).
 * So the cost grows with the enrolments asked for and their own rows. Counts grouped once for
 * everyone and joined in read well on paper, but under row-level security PostgreSQL guesses
 * one enrolment where there are a hundred and re-ran each grouped count (sorting ~124,000 rows)
 * for every enrolment: quadratic, minutes for 2,000 teachers.
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
  const rows = await enrolmentProgressQuery(tx, ids);
  return rows.map(toProgress);
}

/** The statement behind loadEnrolmentProgress (its test reads the plan's work from it). */
export function enrolmentProgressQuery(tx: Transaction, ids: readonly string[] | SQL) {
  const personIn = Array.isArray(ids)
    ? anyId(enrolment.personId, ids)
    : sql`${enrolment.personId} in (${ids})`;
  const sessionsTotal = sql<number>`(
    select count(*) from ${micropdSession}
    where ${micropdSession.districtId} = ${cohort.districtId}
      and ${micropdSession.stageId} = ${cohort.stageId}
  )`;
  // The stage's sessions as an array, computed per enrolment and looked up in the key that
  // leads with the person: the only way in is the person, never the stage's sessions (by which
  // the planner would read every teacher's progress on each session, per enrolment).
  const sessionsCompleted = sql<number>`(
    select count(*) from ${micropdProgress}
    where ${micropdProgress.districtId} = ${enrolment.districtId}
      and ${micropdProgress.personId} = ${enrolment.personId}
      and ${micropdProgress.sessionId} = any(array(
        select ${micropdSession.id} from ${micropdSession}
        where ${micropdSession.districtId} = ${cohort.districtId}
          and ${micropdSession.stageId} = ${cohort.stageId}
      ))
      and ${micropdProgress.completedAt} is not null
  )`;
  // wasAttended (domain rules/meeting-attended): held, that is closed, and present; and
  // meetingHeldAt (domain rules/meeting-held): it counts on the day it was held, as on the
  // transcript, whatever day it had been scheduled for.
  // Each attended meeting is looked up by its key (the lateral limit): joined as a set, the
  // planner may read every meeting of the district once per enrolment.
  const meetingsAttended = sql<number>`(
    select count(*) from ${meetingAttendance}
    cross join lateral (
      select 1 from ${supportMeeting}
      where ${supportMeeting.districtId} = ${meetingAttendance.districtId}
        and ${supportMeeting.id} = ${meetingAttendance.meetingId}
        and ${supportMeeting.status} = 'closed'
        and ${meetingHeldAt()} >= ${enrolment.enrolledAt}
      limit 1
    ) held
    where ${meetingAttendance.districtId} = ${enrolment.districtId}
      and ${meetingAttendance.personId} = ${enrolment.personId}
      and ${meetingAttendance.attendance} = 'present'
  )`;
  // isStepCompleteWithEvidence (domain rules/action-step): evidence is a link, words or a
  // file, and blank text does not count. The plan is found first (one per person and stage) and
  // its steps read in their order, which only the (plan, position) key gives: as a join, the
  // planner (guessing one row everywhere on fresh tables) could read the district's every step
  // per enrolment through another index led by district_id. `offset 0` keeps that subquery as
  // written instead of folding it into the outer one.
  const hasCompletedActionStep = sql<boolean>`exists (
    select 1 from (
      select ${actionStep.status} as status, ${actionStep.evidenceUrl} as evidence_url,
        ${actionStep.evidenceText} as evidence_text, ${actionStep.reflection} as reflection,
        ${actionStep.districtId} as district_id, ${actionStep.id} as id
      from ${actionStep}
      where ${actionStep.districtId} = ${enrolment.districtId}
        and ${actionStep.planId} = (
          select ${actionPlan.id} from ${actionPlan}
          where ${actionPlan.districtId} = ${enrolment.districtId}
            and ${actionPlan.personId} = ${enrolment.personId}
            and ${actionPlan.stageId} = ${cohort.stageId}
        )
      order by ${actionStep.position}
      offset 0
    ) step
    where step.status = 'done'
      and (
        btrim(coalesce(step.evidence_url, '')) <> ''
        or btrim(coalesce(step.evidence_text, '')) <> ''
        or exists (
          select 1 from ${evidenceFile}
          where ${evidenceFile.districtId} = step.district_id
            and ${evidenceFile.stepId} = step.id
        )
      )
      and btrim(coalesce(step.reflection, '')) <> ''
  )`;
  return tx
    .select({
      ...enrolmentStageColumns,
      sessionsTotal: sessionsTotal.mapWith(Number),
      sessionsCompleted: sessionsCompleted.mapWith(Number),
      meetingsAttended: meetingsAttended.mapWith(Number),
      hasCompletedActionStep,
    })
    .from(enrolment)
    .innerJoin(cohort, cohortOfEnrolment)
    .innerJoin(stage, stageOfCohort)
    .where(and(personIn, inArray(enrolment.status, CURRENT_STATUSES)))
    .orderBy(asc(programPositionOf), asc(stage.position), asc(cohort.name));
}

/** What an enrolment's progress is made of, as a statement reads it (one row, flat). */
interface ProgressRow {
  enrolmentId: string;
  personId: string;
  cohortId: string;
  cohortName: string;
  schoolYear: EnrolmentProgress["schoolYear"];
  releaseMode: EnrolmentProgress["releaseMode"];
  programId: string;
  programPosition: number;
  stageId: string;
  stagePosition: number;
  stageTitle: string;
  workshopAttended: boolean;
  sessionsTotal: number;
  sessionsCompleted: number;
  meetingsRequired: number;
  meetingsAttended: number;
  hasCompletedActionStep: boolean | null;
  requiresConfirmation: boolean;
  confirmedAt: Date | null;
}

/** An enrolment's progress and stage status from its flat row: the caseload reads the same. */
export function toProgress(row: ProgressRow): EnrolmentProgress {
  return {
    enrolmentId: row.enrolmentId,
    personId: row.personId,
    cohortId: row.cohortId,
    cohortName: row.cohortName,
    schoolYear: row.schoolYear,
    releaseMode: row.releaseMode,
    programId: row.programId,
    programPosition: row.programPosition,
    stage: { id: row.stageId, position: row.stagePosition, title: row.stageTitle },
    workshopAttended: row.workshopAttended,
    sessionsTotal: row.sessionsTotal,
    sessionsCompleted: row.sessionsCompleted,
    meetingsAttended: row.meetingsAttended,
    status: statusOfEnrolment(row),
  };
}

/** What the stage rule reads of an enrolment, as a statement returns it. */
type EnrolmentFacts = Pick<
  ProgressRow,
  | "workshopAttended"
  | "sessionsTotal"
  | "sessionsCompleted"
  | "meetingsRequired"
  | "meetingsAttended"
  | "hasCompletedActionStep"
  | "requiresConfirmation"
  | "confirmedAt"
>;

/** The stage status of an enrolment by the domain rule; no completed step read means none. */
export function statusOfEnrolment(row: EnrolmentFacts): StageStatus {
  return stageStatus({
    workshopAttended: row.workshopAttended,
    sessionsTotal: row.sessionsTotal,
    sessionsCompleted: row.sessionsCompleted,
    meetingsRequired: row.meetingsRequired,
    meetingsAttended: row.meetingsAttended,
    hasCompletedActionStep: Boolean(row.hasCompletedActionStep),
    requiresConfirmation: row.requiresConfirmation,
    confirmed: row.confirmedAt !== null,
  });
}

/**
 * A person's current enrolment in each program they are in, in program order (the rule:
 * domain rules/current-stage): a teacher is on a stage of every program she is in.
 */
export function currentEnrolments(
  progress: readonly EnrolmentProgress[],
  personId: string,
): EnrolmentProgress[] {
  const mine = progress
    .filter((row) => row.personId === personId)
    .map((row) => ({ row, stagePosition: row.stage.position, ...row }));
  return currentPerProgram(mine).map(({ row }) => row);
}

/**
 * The one current enrolment where a single stage is needed (where a meeting's commitments go,
 * the plan a page opens on): the current stage of her first program (domain primaryCurrent).
 */
export function primaryEnrolment(
  progress: readonly EnrolmentProgress[],
  personId: string,
): EnrolmentProgress | undefined {
  return currentEnrolments(progress, personId)[0];
}
