import { and, asc, count, eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { micropdSession, stage } from "../../schema/index.ts";

export interface StageListItem {
  id: string;
  position: number;
  title: string;
  summary: string;
  meetingsRequired: number;
  requiresConfirmation: boolean;
  sessionCount: number;
}

/** The district's stages in order, with how many MicroPD sessions each holds. */
export async function listStages(tx: Transaction): Promise<StageListItem[]> {
  return tx
    .select({
      id: stage.id,
      position: stage.position,
      title: stage.title,
      summary: stage.summary,
      meetingsRequired: stage.meetingsRequired,
      requiresConfirmation: stage.requiresConfirmation,
      sessionCount: count(micropdSession.id),
    })
    .from(stage)
    .leftJoin(
      micropdSession,
      and(eq(micropdSession.districtId, stage.districtId), eq(micropdSession.stageId, stage.id)),
    )
    .groupBy(stage.districtId, stage.id)
    .orderBy(asc(stage.position));
}

export interface StageDetail extends Omit<StageListItem, "sessionCount"> {
  sessions: {
    id: string;
    position: number;
    title: string;
    summary: string;
    estimatedMinutes: number;
    reflectionPrompts: string[];
  }[];
}

/** One stage with its ordered MicroPD sessions; null when it is not in the district. */
export async function getStage(
  tx: Transaction,
  params: { stageId: string },
): Promise<StageDetail | null> {
  const [found] = await tx
    .select({
      id: stage.id,
      position: stage.position,
      title: stage.title,
      summary: stage.summary,
      meetingsRequired: stage.meetingsRequired,
      requiresConfirmation: stage.requiresConfirmation,
    })
    .from(stage)
    .where(eq(stage.id, params.stageId))
    .limit(1);
  if (!found) return null;
  const sessions = await tx
    .select({
      id: micropdSession.id,
      position: micropdSession.position,
      title: micropdSession.title,
      summary: micropdSession.summary,
      estimatedMinutes: micropdSession.estimatedMinutes,
      reflectionPrompts: micropdSession.reflectionPrompts,
    })
    .from(micropdSession)
    .where(eq(micropdSession.stageId, found.id))
    .orderBy(asc(micropdSession.position));
  return { ...found, sessions };
}
