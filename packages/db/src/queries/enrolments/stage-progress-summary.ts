import type { DashboardFacts } from "@throughline/domain/dashboard-metrics";
import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  cohort,
  enrolment,
  enrolmentProgressSummary,
  micropdSession,
  stage,
} from "../../schema/index.ts";
import {
  cohortOfEnrolment,
  stageOfCohort,
  summaryOfEnrolment,
} from "../sql/same-district-joins.ts";
import { CURRENT_STATUSES, statusOfEnrolment } from "./stage-progress.ts";

/**
 * The stage progress of every current (not withdrawn) enrolment of the given teachers, as
 * `loadEnrolmentProgress` gives it, for a dashboard: each enrolment's counts come from
 * `enrolment_progress_summary`, which the triggers of migration 0022 keep as sessions, meetings,
 * attendance and action steps are written, so a district's 20,000 enrolments are one join
 * instead of three lookups each. The stage's session count and requirements are read here, as
 * every enrolment of the stage shares them. `dashboard-summary` tests check both agree.
 */
export async function loadEnrolmentProgressSummary(
  tx: Transaction,
  /** A subquery of the teachers' person ids (see `teachersInReach`). */
  teachers: SQL,
): Promise<DashboardFacts["enrolments"]> {
  const sessionsPerStage = tx
    .select({
      stageId: micropdSession.stageId,
      total: sql<number>`count(*)`.as("total"),
    })
    .from(micropdSession)
    .groupBy(micropdSession.stageId)
    .as("sessions_per_stage");
  const rows = await tx
    .select({
      personId: enrolment.personId,
      stageId: cohort.stageId,
      workshopAttended: enrolment.workshopAttended,
      confirmedAt: enrolment.confirmedAt,
      meetingsRequired: stage.meetingsRequired,
      requiresConfirmation: stage.requiresConfirmation,
      sessionsTotal: sql<number>`coalesce(${sessionsPerStage.total}, 0)`.mapWith(Number),
      sessionsCompleted: enrolmentProgressSummary.sessionsCompleted,
      meetingsAttended: enrolmentProgressSummary.meetingsAttended,
      hasCompletedActionStep: enrolmentProgressSummary.hasCompletedActionStep,
    })
    .from(enrolment)
    .innerJoin(cohort, cohortOfEnrolment)
    .innerJoin(stage, stageOfCohort)
    .innerJoin(enrolmentProgressSummary, summaryOfEnrolment)
    .leftJoin(sessionsPerStage, eq(sessionsPerStage.stageId, cohort.stageId))
    .where(
      and(sql`${enrolment.personId} in (${teachers})`, inArray(enrolment.status, CURRENT_STATUSES)),
    )
    .orderBy(asc(stage.position), asc(cohort.name));
  return rows.map((row) => ({
    personId: row.personId,
    stageId: row.stageId,
    workshopAttended: row.workshopAttended,
    sessionsTotal: row.sessionsTotal,
    sessionsCompleted: row.sessionsCompleted,
    status: statusOfEnrolment(row),
  }));
}
