import { and, asc, desc, eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { actionPlan, actionStep, video, videoClip } from "../../schema/index.ts";

interface VideoClipRow {
  id: string;
  title: string;
  startSeconds: number;
  endSeconds: number;
  step: { id: string; description: string } | null;
}

export async function clipsOfVideo(tx: Transaction, videoId: string): Promise<VideoClipRow[]> {
  const rows = await tx
    .select({
      id: videoClip.id,
      title: videoClip.title,
      startSeconds: videoClip.startSeconds,
      endSeconds: videoClip.endSeconds,
      stepId: actionStep.id,
      stepDescription: actionStep.description,
    })
    .from(videoClip)
    .leftJoin(
      actionStep,
      and(eq(actionStep.districtId, videoClip.districtId), eq(actionStep.id, videoClip.stepId)),
    )
    .where(eq(videoClip.videoId, videoId))
    .orderBy(asc(videoClip.startSeconds), asc(videoClip.id));
  return rows.map(({ stepId, stepDescription, ...row }) => ({
    ...row,
    step: stepId && stepDescription !== null ? { id: stepId, description: stepDescription } : null,
  }));
}

export async function addVideoClip(
  tx: Transaction,
  values: {
    districtId: string;
    videoId: string;
    createdBy: string;
    title: string;
    startSeconds: number;
    endSeconds: number;
  },
): Promise<string> {
  const [row] = await tx.insert(videoClip).values(values).returning({ id: videoClip.id });
  if (!row) throw new Error("The clip was not saved.");
  return row.id;
}

export async function videoClipById(tx: Transaction, clipId: string) {
  const [row] = await tx
    .select({
      id: videoClip.id,
      videoId: videoClip.videoId,
      title: videoClip.title,
      startSeconds: videoClip.startSeconds,
      endSeconds: videoClip.endSeconds,
    })
    .from(videoClip)
    .where(eq(videoClip.id, clipId));
  return row ?? null;
}

/** Whose plan the step is on, to let only its teacher attach their clip to it. */
export async function stepOwner(tx: Transaction, stepId: string): Promise<string | null> {
  const [row] = await tx
    .select({ personId: actionPlan.personId })
    .from(actionStep)
    .innerJoin(
      actionPlan,
      and(eq(actionPlan.districtId, actionStep.districtId), eq(actionPlan.id, actionStep.planId)),
    )
    .where(eq(actionStep.id, stepId));
  return row?.personId ?? null;
}

/** Makes the clip evidence for the step (or for none, with null). */
export async function setClipEvidence(
  tx: Transaction,
  params: { clipId: string; stepId: string | null },
) {
  await tx.update(videoClip).set({ stepId: params.stepId }).where(eq(videoClip.id, params.clipId));
}

/** Clips that are evidence for steps of the plan, for the action plan to show beside each step. */
export async function clipsAsEvidenceInPlan(tx: Transaction, planId: string) {
  return tx
    .select({
      stepId: actionStep.id,
      clipId: videoClip.id,
      videoId: videoClip.videoId,
      title: videoClip.title,
      startSeconds: videoClip.startSeconds,
      endSeconds: videoClip.endSeconds,
    })
    .from(videoClip)
    .innerJoin(
      actionStep,
      and(eq(actionStep.districtId, videoClip.districtId), eq(actionStep.id, videoClip.stepId)),
    )
    .where(eq(actionStep.planId, planId))
    .orderBy(asc(videoClip.startSeconds), asc(videoClip.id));
}

/** The teacher's action-plan steps, newest plan first, to choose one a clip is evidence for. */
export async function stepsOfTeacher(tx: Transaction, personId: string) {
  return tx
    .select({ id: actionStep.id, description: actionStep.description })
    .from(actionStep)
    .innerJoin(
      actionPlan,
      and(eq(actionPlan.districtId, actionStep.districtId), eq(actionPlan.id, actionStep.planId)),
    )
    .where(eq(actionPlan.personId, personId))
    .orderBy(desc(actionPlan.createdAt), asc(actionStep.position));
}

/** The teacher's clips of their ready videos, newest video first, to choose one as evidence. */
export async function clipsOfOwner(tx: Transaction, personId: string) {
  return tx
    .select({
      id: videoClip.id,
      title: videoClip.title,
      startSeconds: videoClip.startSeconds,
      endSeconds: videoClip.endSeconds,
      videoTitle: video.title,
    })
    .from(videoClip)
    .innerJoin(
      video,
      and(eq(video.districtId, videoClip.districtId), eq(video.id, videoClip.videoId)),
    )
    .where(and(eq(video.ownerId, personId), eq(video.status, "ready")))
    .orderBy(desc(video.createdAt), asc(videoClip.startSeconds));
}
