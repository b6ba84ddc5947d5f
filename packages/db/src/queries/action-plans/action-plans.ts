import type { ActionStepStatus } from "@throughline/domain/enums";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  actionPlan,
  actionPlanIndicator,
  actionStep,
  cohort,
  enrolment,
  evidenceFile,
  indicator,
  micropdSession,
  person,
  stage,
  supportMeeting,
} from "../../schema/index.ts";
import { activeEnrolmentInStage } from "../enrolments/active-enrolment.ts";
import { rowStageColumns } from "../framework/framework-columns.ts";
import { linkedIndicators } from "../framework/framework-indicators.ts";
import { listedFileFields } from "../shared/stored-file.ts";
import {
  cohortOfEnrolment,
  sessionOfStep,
  stageOfPlan,
  stepOfEvidenceFile,
  teacherOfPlan,
  tenantJoin,
} from "../sql/same-district-joins.ts";
import { clipsAsEvidenceInPlan } from "../video/video-clips.ts";
import { listPlanComments, type PlanCommentItem } from "./plan-comments.ts";
import { recordPlanEvent } from "./plan-history.ts";

export interface EvidenceFileItem {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: Date;
}

export interface ActionStepItem {
  id: string;
  position: number;
  description: string;
  status: ActionStepStatus;
  dueOn: string | null;
  /** When it was marked done (kept by the database); null unless it is done. */
  completedAt: Date | null;
  evidenceText: string | null;
  evidenceUrl: string | null;
  reflection: string | null;
  /** Sent back with an edit, so one made from an older copy is refused. */
  revision: number;
  /** The meeting where the teacher committed to the step; null for a step they wrote. */
  fromMeeting: { id: string; title: string; startsAt: Date } | null;
  /** The MicroPD session whose after-the-lesson reflection this step asks for. */
  fromSession: { id: string; title: string } | null;
  files: EvidenceFileItem[];
  /**
   * Clips of the teacher's classroom videos given as evidence for the step (absent from steps
   * built elsewhere, such as an exported record's).
   */
  clips?: {
    clipId: string;
    videoId: string;
    title: string;
    startSeconds: number;
    endSeconds: number;
  }[];
}

export interface PlanDetail {
  id: string;
  goal: string;
  sharedWithTeam: boolean;
  updatedAt: Date;
  teacher: { id: string; displayName: string };
  stage: { id: string; position: number; title: string };
  indicators: { id: string; code: string; title: string }[];
  steps: ActionStepItem[];
  comments: PlanCommentItem[];
}

/** The district's indicators, for the plan's multi-select. */
export { listIndicators } from "../framework/framework-indicators.ts";

/** Whether the person is (still) enrolled in a cohort of the stage: only then may they plan for it. */
export async function isEnrolledInStage(
  tx: Transaction,
  params: { personId: string; stageId: string },
): Promise<boolean> {
  const [row] = await tx
    .select({ id: enrolment.id })
    .from(enrolment)
    .innerJoin(cohort, cohortOfEnrolment)
    .where(and(...activeEnrolmentInStage(params)))
    .limit(1);
  return row !== undefined;
}

export async function findPlanId(
  tx: Transaction,
  params: { personId: string; stageId: string },
): Promise<string | null> {
  const [row] = await tx
    .select({ id: actionPlan.id })
    .from(actionPlan)
    .where(and(eq(actionPlan.personId, params.personId), eq(actionPlan.stageId, params.stageId)))
    .limit(1);
  return row?.id ?? null;
}

/** The plans a teacher has, one per stage, for a coach's overview. */
export function listPlansOf(tx: Transaction, params: { personId: string }) {
  return tx
    .select({
      id: actionPlan.id,
      ...rowStageColumns,
      goal: actionPlan.goal,
    })
    .from(actionPlan)
    .innerJoin(stage, stageOfPlan)
    .where(eq(actionPlan.personId, params.personId))
    .orderBy(asc(stage.position));
}

/** A whole plan: goal, indicators, steps with their evidence files and clips, and comments. Five queries. */
export async function loadPlanDetail(
  tx: Transaction,
  params: { planId: string },
): Promise<PlanDetail | null> {
  const [plan] = await tx
    .select({
      id: actionPlan.id,
      goal: actionPlan.goal,
      sharedWithTeam: actionPlan.sharedWithTeam,
      updatedAt: actionPlan.updatedAt,
      teacherId: person.id,
      teacherName: person.displayName,
      ...rowStageColumns,
    })
    .from(actionPlan)
    .innerJoin(person, teacherOfPlan)
    .innerJoin(stage, stageOfPlan)
    .where(eq(actionPlan.id, params.planId))
    .limit(1);
  if (!plan) return null;

  const [indicators, steps, files, comments, clips] = await Promise.all([
    linkedIndicators(tx, actionPlanIndicator, actionPlanIndicator.planId, plan.id),
    tx
      .select({
        id: actionStep.id,
        position: actionStep.position,
        description: actionStep.description,
        status: actionStep.status,
        dueOn: actionStep.dueOn,
        completedAt: actionStep.completedAt,
        evidenceText: actionStep.evidenceText,
        evidenceUrl: actionStep.evidenceUrl,
        revision: actionStep.revision,
        reflection: actionStep.reflection,
        fromMeetingId: actionStep.fromMeetingId,
        fromMeetingTitle: supportMeeting.title,
        fromMeetingStartsAt: supportMeeting.startsAt,
        fromSessionId: actionStep.fromSessionId,
        fromSessionTitle: micropdSession.title,
      })
      .from(actionStep)
      .leftJoin(supportMeeting, tenantJoin(supportMeeting, actionStep, actionStep.fromMeetingId))
      .leftJoin(micropdSession, sessionOfStep)
      .where(eq(actionStep.planId, plan.id))
      .orderBy(asc(actionStep.position)),
    tx
      .select({
        id: evidenceFile.id,
        stepId: evidenceFile.stepId,
        ...listedFileFields(evidenceFile),
        uploadedAt: evidenceFile.createdAt,
      })
      .from(evidenceFile)
      .innerJoin(actionStep, stepOfEvidenceFile)
      .where(eq(actionStep.planId, plan.id))
      .orderBy(asc(evidenceFile.createdAt), asc(evidenceFile.fileName)),
    listPlanComments(tx, { planId: plan.id }),
    clipsAsEvidenceInPlan(tx, plan.id),
  ]);

  return {
    id: plan.id,
    goal: plan.goal,
    sharedWithTeam: plan.sharedWithTeam,
    updatedAt: plan.updatedAt,
    teacher: { id: plan.teacherId, displayName: plan.teacherName },
    stage: { id: plan.stageId, position: plan.stagePosition, title: plan.stageTitle },
    indicators,
    steps: steps.map(
      ({
        fromMeetingId,
        fromMeetingTitle,
        fromMeetingStartsAt,
        fromSessionId,
        fromSessionTitle,
        ...step
      }) => ({
        ...step,
        fromSession:
          fromSessionId && fromSessionTitle ? { id: fromSessionId, title: fromSessionTitle } : null,
        fromMeeting:
          fromMeetingId && fromMeetingTitle && fromMeetingStartsAt
            ? { id: fromMeetingId, title: fromMeetingTitle, startsAt: fromMeetingStartsAt }
            : null,
        files: files
          .filter((file) => file.stepId === step.id)
          .map(({ stepId: _stepId, ...file }) => file),
        clips: clips
          .filter((clip) => clip.stepId === step.id)
          .map(({ stepId: _stepId, ...clip }) => clip),
      }),
    ),
    comments,
  };
}

/** Who makes a change, for the plan's history. */
export interface Actor {
  districtId: string;
  actorId: string;
}

/** Creates the teacher's plan for a stage, or updates its goal and indicators; records what changed. */
export async function savePlan(
  tx: Transaction,
  params: Actor & { personId: string; stageId: string; goal: string; indicatorIds: string[] },
): Promise<{ planId: string; created: boolean }> {
  const existingId = await findPlanId(tx, params);
  let planId: string;
  if (existingId) {
    planId = existingId;
    await tx.update(actionPlan).set({ goal: params.goal }).where(eq(actionPlan.id, planId));
    await tx.delete(actionPlanIndicator).where(eq(actionPlanIndicator.planId, planId));
  } else {
    const [created] = await tx
      .insert(actionPlan)
      .values({
        districtId: params.districtId,
        personId: params.personId,
        stageId: params.stageId,
        goal: params.goal,
      })
      .returning({ id: actionPlan.id });
    if (!created) throw new Error("The plan was not created.");
    planId = created.id;
  }
  if (params.indicatorIds.length > 0) {
    await tx.insert(actionPlanIndicator).values(
      params.indicatorIds.map((indicatorId) => ({
        districtId: params.districtId,
        planId,
        indicatorId,
      })),
    );
  }
  await recordPlanEvent(tx, {
    districtId: params.districtId,
    planId,
    actorId: params.actorId,
    kind: existingId ? "plan_edited" : "plan_created",
    summary: existingId ? "Edited the goal and indicators" : "Wrote the plan",
    detail: { goal: params.goal, indicatorIds: params.indicatorIds },
  });
  return { planId, created: !existingId };
}

/** Which of these ids are indicators of the district (row security already limits to it). */
export async function existingIndicatorIds(tx: Transaction, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx
    .select({ id: indicator.id })
    .from(indicator)
    .where(inArray(indicator.id, ids));
  return new Set(rows.map((row) => row.id));
}

export async function setPlanSharing(
  tx: Transaction,
  params: Actor & { planId: string; sharedWithTeam: boolean },
): Promise<void> {
  await tx
    .update(actionPlan)
    .set({ sharedWithTeam: params.sharedWithTeam })
    .where(eq(actionPlan.id, params.planId));
  await recordPlanEvent(tx, {
    districtId: params.districtId,
    planId: params.planId,
    actorId: params.actorId,
    kind: "sharing_changed",
    summary: params.sharedWithTeam ? "Shared the plan with their team" : "Stopped sharing the plan",
  });
}
