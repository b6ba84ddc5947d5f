import type { PackagedStage } from "@throughline/domain/library";
import { asc, eq, inArray } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { micropdSession, stage } from "../../schema/index.ts";
import { packagedSessionsWhere, withoutStage } from "./packaged-sessions.ts";

const stageDetails = {
  key: stage.id,
  title: stage.title,
  summary: stage.summary,
  meetingsRequired: stage.meetingsRequired,
  requiresConfirmation: stage.requiresConfirmation,
  openToAll: stage.openToAll,
};

/**
 * A stage of the district as a library package's content: its details, its sessions in order
 * with their blocks, and each session's indicators by code. Null when the stage is not in the
 * district.
 */
export async function stagePackageContent(
  tx: Transaction,
  params: { stageId: string },
): Promise<PackagedStage | null> {
  const [found] = await tx.select(stageDetails).from(stage).where(eq(stage.id, params.stageId));
  if (!found) return null;
  const sessions = await packagedSessionsWhere(tx, eq(micropdSession.stageId, params.stageId));
  return { ...found, sessions: sessions.map(withoutStage) };
}

/** The program's stages in order, each with its sessions (stages without sessions left out). */
export async function stagesPackageContent(
  tx: Transaction,
  params: { programId: string },
): Promise<(PackagedStage & { key: string })[]> {
  const stages = await tx
    .select(stageDetails)
    .from(stage)
    .where(eq(stage.programId, params.programId))
    .orderBy(asc(stage.position));
  if (stages.length === 0) return [];
  const sessions = await packagedSessionsWhere(
    tx,
    inArray(
      micropdSession.stageId,
      stages.map((row) => row.key),
    ),
  );
  return stages
    .map((row) => ({
      ...row,
      sessions: sessions.filter((session) => session.stageId === row.key).map(withoutStage),
    }))
    .filter((row) => row.sessions.length > 0);
}
