import type { StagePage } from "@throughline/domain/micropd";
import { isStepCompleteWithEvidence } from "@throughline/domain/rules/action-step";
import { nextMicroPdSession } from "@throughline/domain/rules/next-micropd-session";
import { sessionStates } from "@throughline/domain/rules/session-sequence";
import { whatRemains } from "@throughline/domain/rules/stage-remaining";
import { and, eq, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { actionPlan, actionStep, cohort, evidenceFile } from "../../schema/index.ts";
import { workshopColumns } from "../cohorts/workshop-columns.ts";
import { findStage } from "../framework/framework.ts";
import {
  findStageEnrolment,
  loadSequence,
  type StageEnrolment,
  toOutcome,
} from "../micropd/micropd.ts";
import { planOfStep } from "../sql/same-district-joins.ts";
import { loadEnrolmentProgress } from "./stage-progress.ts";

/**
 * A stage as one teacher sees it: the workshop of their cohort, every session with its state
 * for them, the stage status and what remains. A stage they are not enrolled in comes back as a
 * preview (no enrolment, no session states). Null when the stage is not in the district.
 */
export async function getStagePage(
  tx: Transaction,
  params: { personId: string; stageId: string; now: Date },
): Promise<StagePage | null> {
  const found = await findStage(tx, params);
  if (!found) return null;
  const { requiresConfirmation, ...stageFields } = found;

  const enrolled = await findStageEnrolment(tx, params);
  const sessions = await loadSequence(tx, { ...params, cohort: enrolled });
  if (!enrolled) {
    return {
      stage: stageFields,
      enrolment: null,
      sessions: sessions.map(({ id, position, title, summary, estimatedMinutes }) => ({
        id,
        position,
        title,
        summary,
        estimatedMinutes,
        state: null,
      })),
    };
  }

  const [progress, workshop, hasCompletedActionStep] = await Promise.all([
    loadEnrolmentProgress(tx, { personIds: [params.personId], now: params.now }),
    loadWorkshop(tx, enrolled),
    hasStepDoneWithEvidence(tx, params),
  ]);
  const mine = progress.find((row) => row.enrolmentId === enrolled.enrolmentId);
  if (!mine) throw new Error("The enrolment just found has no progress row.");

  const states = sessionStates(sessions, params.now);
  const completed = new Set(sessions.filter((s) => s.completedAt).map((s) => s.id));
  return {
    stage: stageFields,
    enrolment: {
      cohortName: enrolled.cohortName,
      schoolYear: enrolled.schoolYear,
      releaseMode: enrolled.releaseMode,
      // The status comes from the same query as the home pages, so the two never disagree.
      status: mine.status,
      sessionsCompleted: mine.sessionsCompleted,
      sessionsTotal: mine.sessionsTotal,
      meetingsAttended: mine.meetingsAttended,
      // The cohort is the workshop's feedback item: its pulse is asked on this card.
      workshop: { ...workshop, cohortId: enrolled.cohortId, attended: enrolled.workshopAttended },
      remaining:
        mine.status === "complete"
          ? []
          : whatRemains({
              workshopAttended: enrolled.workshopAttended,
              sessionsTotal: mine.sessionsTotal,
              sessionsCompleted: mine.sessionsCompleted,
              meetingsRequired: found.meetingsRequired,
              meetingsAttended: mine.meetingsAttended,
              hasCompletedActionStep,
              requiresConfirmation,
              confirmed: enrolled.confirmedAt !== null,
            }).map(({ kind, text }) => ({ kind, text })),
      next: toOutcome(nextMicroPdSession(sessions, completed, params.now)),
    },
    sessions: states.map(({ session, state }) => ({
      id: session.id,
      position: session.position,
      title: session.title,
      summary: session.summary,
      estimatedMinutes: session.estimatedMinutes,
      state,
    })),
  };
}

async function loadWorkshop(tx: Transaction, enrolled: StageEnrolment) {
  const [row] = await tx
    .select(workshopColumns)
    .from(cohort)
    .where(eq(cohort.id, enrolled.cohortId))
    .limit(1);
  if (!row) throw new Error("The teacher's cohort has disappeared.");
  return row;
}

/** Whether a step of the teacher's plan for this stage is done with evidence, by the domain rule. */
async function hasStepDoneWithEvidence(
  tx: Transaction,
  params: { personId: string; stageId: string },
): Promise<boolean> {
  const steps = await tx
    .select({
      status: actionStep.status,
      evidenceUrl: actionStep.evidenceUrl,
      evidenceText: actionStep.evidenceText,
      reflection: actionStep.reflection,
      evidenceFileCount: sql<number>`(
        select count(*) from ${evidenceFile}
        where ${evidenceFile.districtId} = ${actionStep.districtId}
          and ${evidenceFile.stepId} = ${actionStep.id}
      )`.mapWith(Number),
    })
    .from(actionStep)
    .innerJoin(actionPlan, planOfStep)
    .where(
      and(
        eq(actionPlan.personId, params.personId),
        eq(actionPlan.stageId, params.stageId),
        eq(actionStep.status, "done"),
      ),
    );
  return steps.some(isStepCompleteWithEvidence);
}
