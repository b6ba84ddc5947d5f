import { actionStepStatusLabels } from "@throughline/domain/action-plan";
import {
  type CheckInRow,
  type CheckInStatus,
  commitmentPlanGoal,
} from "@throughline/domain/meeting-room";
import { and, asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Transaction } from "../../client.ts";
import {
  actionPlan,
  actionStep,
  commitmentCheckIn,
  supportMeeting,
  teamMember,
} from "../../schema/index.ts";
import { findPlanId, savePlan } from "../action-plans/action-plans.ts";
import { addStep } from "../action-plans/action-steps.ts";
import { recordPlanEvent } from "../action-plans/plan-history.ts";
import { loadEnrolmentProgress, primaryEnrolment } from "../enrolments/stage-progress.ts";
import { planOfStep, sameDistrict, tenantJoin } from "../sql/same-district-joins.ts";
import { commitmentColumns, commitmentOwner, ownerOfPlan } from "./commitment-columns.ts";

/* Commitments made at a meeting, and the check-in on them at the team's later meetings. */

/**
 * The check-in list of a meeting: commitments from the team's earlier (not cancelled) meetings,
 * owned by a current member, that are not done — plus any already answered at this meeting, so
 * an answer stays on screen after it moved the step to done.
 */
export async function listCheckIns(
  tx: Transaction,
  params: { meetingId: string; teamId: string; startsAt: Date; actionStepId?: string },
): Promise<CheckInRow[]> {
  const from = alias(supportMeeting, "from_meeting");
  const rows = await tx
    .select({
      ...commitmentColumns,
      fromMeetingId: from.id,
      fromMeetingTitle: from.title,
      fromMeetingStartsAt: from.startsAt,
      checkInStatus: commitmentCheckIn.status,
      checkInNote: commitmentCheckIn.note,
    })
    .from(actionStep)
    .innerJoin(from, tenantJoin(from, actionStep, actionStep.fromMeetingId))
    .innerJoin(actionPlan, planOfStep)
    .innerJoin(commitmentOwner, ownerOfPlan)
    .innerJoin(
      teamMember,
      sameDistrict(
        teamMember,
        commitmentOwner,
        eq(teamMember.personId, commitmentOwner.id),
        eq(teamMember.teamId, params.teamId),
      ),
    )
    .leftJoin(
      commitmentCheckIn,
      sameDistrict(
        commitmentCheckIn,
        actionStep,
        eq(commitmentCheckIn.actionStepId, actionStep.id),
        eq(commitmentCheckIn.meetingId, params.meetingId),
      ),
    )
    .where(
      and(
        eq(from.teamId, params.teamId),
        sql`${from.id} <> ${params.meetingId}`,
        sql`${from.startsAt} < ${params.startsAt.toISOString()}::timestamptz`,
        sql`${from.status} <> 'cancelled'`,
        sql`(${actionStep.status} <> 'done' or ${commitmentCheckIn.id} is not null)`,
        params.actionStepId ? eq(actionStep.id, params.actionStepId) : undefined,
      ),
    )
    .orderBy(asc(from.startsAt), asc(commitmentOwner.displayName), asc(actionStep.position));
  return rows.map(({ checkInStatus, checkInNote, ...row }) => ({
    ...row,
    checkIn: checkInStatus ? { status: checkInStatus as CheckInStatus, note: checkInNote } : null,
  }));
}

/**
 * The one stage a meeting's commitments go on: the teacher's current stage of her first program
 * (domain rules/current-stage, the stage her action plan page opens on); null if none.
 */
export async function currentStageOf(
  tx: Transaction,
  params: { personId: string },
): Promise<string | null> {
  const progress = await loadEnrolmentProgress(tx, {
    personIds: [params.personId],
    now: new Date(),
  });
  return primaryEnrolment(progress, params.personId)?.stage.id ?? null;
}

/**
 * Puts a commitment on the teacher's plan for their current stage, starting that plan when
 * there is none yet. Returns null when the teacher is not enrolled in any stage.
 */
export async function addCommitment(
  tx: Transaction,
  params: {
    districtId: string;
    actorId: string;
    meeting: { id: string; title: string };
    personId: string;
    description: string;
    dueOn: string;
  },
): Promise<{ actionStepId: string; planId: string } | null> {
  const stageId = await currentStageOf(tx, params);
  if (!stageId) return null;
  const actor = { districtId: params.districtId, actorId: params.actorId };
  const planId =
    (await findPlanId(tx, { personId: params.personId, stageId })) ??
    (
      await savePlan(tx, {
        ...actor,
        personId: params.personId,
        stageId,
        goal: commitmentPlanGoal,
        indicatorIds: [],
      })
    ).planId;
  const actionStepId = await addStep(tx, {
    ...actor,
    planId,
    description: params.description,
    dueOn: params.dueOn,
    fromMeeting: params.meeting,
  });
  return { actionStepId, planId };
}

/** Records the answer at this meeting (once per step; a second answer replaces it) and moves the step. */
export async function checkInCommitment(
  tx: Transaction,
  params: {
    districtId: string;
    actorId: string;
    meeting: { id: string; title: string };
    row: CheckInRow;
    status: CheckInStatus;
    note: string | null;
  },
): Promise<void> {
  await tx
    .insert(commitmentCheckIn)
    .values({
      districtId: params.districtId,
      meetingId: params.meeting.id,
      actionStepId: params.row.actionStepId,
      status: params.status,
      note: params.note,
      checkedById: params.actorId,
    })
    .onConflictDoUpdate({
      target: [
        commitmentCheckIn.districtId,
        commitmentCheckIn.meetingId,
        commitmentCheckIn.actionStepId,
      ],
      set: { status: params.status, note: params.note, checkedById: params.actorId },
    });
  // The plan and the meeting agree: the answer is the step's status, and the history says where.
  const [step] = await tx
    .update(actionStep)
    .set({ status: params.status })
    .where(eq(actionStep.id, params.row.actionStepId))
    .returning({ planId: actionStep.planId });
  if (!step) throw new Error("The step does not exist.");
  await tx.update(actionPlan).set({ updatedAt: new Date() }).where(eq(actionPlan.id, step.planId));
  await recordPlanEvent(tx, {
    districtId: params.districtId,
    planId: step.planId,
    actorId: params.actorId,
    kind: "step_status_changed",
    summary: `Checked in at ${params.meeting.title}: ${actionStepStatusLabels[params.status].toLowerCase()}`,
    detail: {
      stepId: params.row.actionStepId,
      from: params.row.status,
      to: params.status,
      meetingId: params.meeting.id,
    },
  });
}
