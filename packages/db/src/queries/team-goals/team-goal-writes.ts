import { pickFields } from "@throughline/domain/pick-fields";
import type { TeamGoalInput } from "@throughline/domain/team-goal";
import type { ClassResult } from "@throughline/domain/team-goal-measure";
import { and, eq, inArray, isNull, notExists, notInArray } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  actionStep,
  teamGoal,
  teamGoalCheckpoint,
  teamGoalIndicator,
  teamGoalSession,
  teamGoalWorkSample,
} from "../../schema/index.ts";

/*
 * Writing a team's goal. The caller has already decided the viewer may (meeting-access's
 * teamRelation); these functions only keep the goal, its links and its checkpoints consistent.
 */

/** What a goal row stores of the form (its links and checkpoints are rows of their own). */
function goalColumns(goal: TeamGoalInput) {
  return pickFields(goal, [
    "problem",
    "measure",
    "unit",
    "baselineValue",
    "targetValue",
    "startsOn",
    "targetOn",
  ]);
}

async function replaceLinks(
  tx: Transaction,
  params: { districtId: string; goalId: string; goal: TeamGoalInput },
) {
  const { districtId, goalId, goal } = params;
  await tx.delete(teamGoalIndicator).where(eq(teamGoalIndicator.goalId, goalId));
  await tx.delete(teamGoalSession).where(eq(teamGoalSession.goalId, goalId));
  const indicatorIds = [...new Set(goal.indicatorIds)];
  const sessionIds = [...new Set(goal.sessionIds)];
  if (indicatorIds.length > 0) {
    await tx
      .insert(teamGoalIndicator)
      .values(indicatorIds.map((indicatorId) => ({ districtId, goalId, indicatorId })));
  }
  if (sessionIds.length > 0) {
    await tx
      .insert(teamGoalSession)
      .values(sessionIds.map((sessionId) => ({ districtId, goalId, sessionId })));
  }
}

export async function createTeamGoal(
  tx: Transaction,
  params: { districtId: string; teamId: string; createdById: string; goal: TeamGoalInput },
): Promise<string> {
  const { districtId, goal } = params;
  const [created] = await tx
    .insert(teamGoal)
    .values({
      districtId,
      teamId: params.teamId,
      createdById: params.createdById,
      ...goalColumns(goal),
    })
    .returning({ id: teamGoal.id });
  if (!created) throw new Error("The goal was not saved.");
  await replaceLinks(tx, { districtId, goalId: created.id, goal });
  await tx
    .insert(teamGoalCheckpoint)
    .values(
      goal.checkpointDates.map((plannedOn) => ({ districtId, goalId: created.id, plannedOn })),
    );
  return created.id;
}

/**
 * Saves an edited goal. Recorded checkpoints are history and stay whatever the new dates say;
 * a planned one that is no longer in the list goes, unless work samples hang on it.
 */
export async function updateTeamGoal(
  tx: Transaction,
  params: { districtId: string; goalId: string; goal: TeamGoalInput },
): Promise<void> {
  const { districtId, goalId, goal } = params;
  await tx.update(teamGoal).set(goalColumns(goal)).where(eq(teamGoal.id, goalId));
  await replaceLinks(tx, params);
  const dropped = [
    eq(teamGoalCheckpoint.goalId, goalId),
    isNull(teamGoalCheckpoint.recordedAt),
    notExists(
      tx
        .select({ id: teamGoalWorkSample.id })
        .from(teamGoalWorkSample)
        .where(eq(teamGoalWorkSample.checkpointId, teamGoalCheckpoint.id)),
    ),
  ];
  await tx
    .delete(teamGoalCheckpoint)
    .where(
      goal.checkpointDates.length > 0
        ? and(...dropped, notInArray(teamGoalCheckpoint.plannedOn, goal.checkpointDates))
        : and(...dropped),
    );
  const kept = await tx
    .select({ plannedOn: teamGoalCheckpoint.plannedOn })
    .from(teamGoalCheckpoint)
    .where(
      and(
        eq(teamGoalCheckpoint.goalId, goalId),
        inArray(teamGoalCheckpoint.plannedOn, goal.checkpointDates),
      ),
    );
  const keptDays = new Set(kept.map((row) => row.plannedOn));
  const added = goal.checkpointDates.filter((day) => !keptDays.has(day));
  if (added.length > 0) {
    await tx
      .insert(teamGoalCheckpoint)
      .values(added.map((plannedOn) => ({ districtId, goalId, plannedOn })));
  }
}

/** The measure at a checkpoint, replacing what was recorded before. */
export async function recordCheckpoint(
  tx: Transaction,
  params: {
    checkpointId: string;
    measureValue: number;
    classResults: ClassResult[] | null;
    note: string;
    recordedById: string;
    now: Date;
  },
): Promise<void> {
  await tx
    .update(teamGoalCheckpoint)
    .set({
      measureValue: params.measureValue,
      classResults: params.classResults,
      note: params.note,
      recordedById: params.recordedById,
      recordedAt: params.now,
    })
    .where(eq(teamGoalCheckpoint.id, params.checkpointId));
}

/** Ties a commitment (an action step made at the team's meeting) to the team's goal. */
export async function tieCommitmentToGoal(
  tx: Transaction,
  params: { actionStepId: string; goalId: string },
): Promise<void> {
  await tx
    .update(actionStep)
    .set({ teamGoalId: params.goalId })
    .where(eq(actionStep.id, params.actionStepId));
}
