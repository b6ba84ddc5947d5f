import { eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  supportMeeting,
  teamGoal,
  teamGoalCheckpoint,
  teamGoalWorkSample,
} from "../../schema/index.ts";
import { type StoredFile, storedFileFields } from "../shared/stored-file.ts";
import { checkpointOfWorkSample, goalOfCheckpoint } from "../sql/same-district-joins.ts";

/*
 * Which team a goal, a checkpoint or a work sample belongs to, so the caller can ask how the
 * viewer stands to that team (meeting-access's teamRelation) before reading or writing.
 */

export async function findGoalOwner(tx: Transaction, params: { goalId: string }) {
  const [row] = await tx
    .select({ goalId: teamGoal.id, teamId: teamGoal.teamId })
    .from(teamGoal)
    .where(eq(teamGoal.id, params.goalId))
    .limit(1);
  return row ?? null;
}

export async function findCheckpointOwner(tx: Transaction, params: { checkpointId: string }) {
  const [row] = await tx
    .select({
      checkpointId: teamGoalCheckpoint.id,
      goalId: teamGoal.id,
      teamId: teamGoal.teamId,
      unit: teamGoal.unit,
    })
    .from(teamGoalCheckpoint)
    .innerJoin(teamGoal, goalOfCheckpoint)
    .where(eq(teamGoalCheckpoint.id, params.checkpointId))
    .limit(1);
  return row ?? null;
}

/** A work sample with where its bytes are and the team it belongs to; null if there is none. */
export async function findWorkSample(tx: Transaction, params: { sampleId: string }) {
  const [row] = await tx
    .select({
      id: teamGoalWorkSample.id,
      ...storedFileFields(teamGoalWorkSample),
      teamId: teamGoal.teamId,
    })
    .from(teamGoalWorkSample)
    .innerJoin(teamGoalCheckpoint, checkpointOfWorkSample)
    .innerJoin(teamGoal, goalOfCheckpoint)
    .where(eq(teamGoalWorkSample.id, params.sampleId))
    .limit(1);
  return row ?? null;
}

/** Records a work sample whose bytes are already stored under `storageKey`. */
export async function addWorkSample(
  tx: Transaction,
  params: {
    districtId: string;
    checkpointId: string;
    uploadedById: string;
  } & StoredFile,
): Promise<string> {
  const [created] = await tx
    .insert(teamGoalWorkSample)
    .values(params)
    .returning({ id: teamGoalWorkSample.id });
  if (!created) throw new Error("The work sample was not recorded.");
  return created.id;
}

/** Removes a work sample's row; the caller deletes its bytes after the commit. */
export async function removeWorkSample(tx: Transaction, params: { sampleId: string }) {
  await tx.delete(teamGoalWorkSample).where(eq(teamGoalWorkSample.id, params.sampleId));
}

/** The team of a meeting, to ask how the viewer stands to it; null if there is no such meeting. */
export async function findMeetingTeam(tx: Transaction, params: { meetingId: string }) {
  const [row] = await tx
    .select({ teamId: supportMeeting.teamId })
    .from(supportMeeting)
    .where(eq(supportMeeting.id, params.meetingId))
    .limit(1);
  return row ?? null;
}
