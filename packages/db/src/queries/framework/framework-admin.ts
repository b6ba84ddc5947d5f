import { type ContentBlock, contentBlockSchema } from "@throughline/domain/framework";
import { asc, count, countDistinct, eq, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  contentBlock,
  indicator,
  micropdProgress,
  micropdSession,
  program,
  sessionIndicator,
  stage,
} from "../../schema/index.ts";
import { findSession } from "../micropd/micropd.ts";
import { tenantChildJoin, tenantJoin } from "../sql/same-district-joins.ts";
import { type StageListItem, stagesWithSessionCount } from "./framework.ts";
import { stageColumns } from "./framework-columns.ts";

/* What the framework editor reads: the same rows teachers see, with what authors need besides. */

/** A stage as teachers list it, and whether it is open to every teacher without a cohort. */
export interface EditorStage extends StageListItem {
  openToAll: boolean;
  /** The program the stage belongs to; its position counts inside that program. */
  programId: string;
}

/** What teachers see of a stage, and whether it is open to every teacher without a cohort. */
const editorStageColumns = {
  ...stageColumns,
  openToAll: stage.openToAll,
  programId: stage.programId,
};

/** Every stage of the district (by program, then in order), with its rule and session count. */
export async function listEditorStages(tx: Transaction): Promise<EditorStage[]> {
  return stagesWithSessionCount(tx, editorStageColumns);
}

export interface EditorSessionRow {
  id: string;
  position: number;
  title: string;
  estimatedMinutes: number;
  /** Teachers who completed it: such a session is never deleted. */
  completedBy: number;
  /** Teachers who opened it at all. */
  startedBy: number;
}

export interface EditorStageDetail extends Omit<EditorStage, "sessionCount"> {
  sessions: EditorSessionRow[];
}

/** One stage with its sessions in order; null when the stage is not in the district. */
export async function getEditorStage(
  tx: Transaction,
  params: { stageId: string },
): Promise<EditorStageDetail | null> {
  const [found] = await tx
    .select(editorStageColumns)
    .from(stage)
    .where(eq(stage.id, params.stageId))
    .limit(1);
  if (!found) return null;
  const sessions = await tx
    .select({
      id: micropdSession.id,
      position: micropdSession.position,
      title: micropdSession.title,
      estimatedMinutes: micropdSession.estimatedMinutes,
      completedBy: sql<number>`count(${micropdProgress.completedAt})::int`,
      startedBy: countDistinct(micropdProgress.personId),
    })
    .from(micropdSession)
    .leftJoin(
      micropdProgress,
      tenantChildJoin(micropdProgress, micropdProgress.sessionId, micropdSession),
    )
    .where(eq(micropdSession.stageId, found.id))
    .groupBy(micropdSession.districtId, micropdSession.id)
    .orderBy(asc(micropdSession.position));
  return { ...found, sessions };
}

export interface EditorSession {
  id: string;
  stage: { id: string; position: number; title: string };
  position: number;
  title: string;
  summary: string;
  estimatedMinutes: number;
  reflectionPrompts: string[];
  /** Asked after the teacher has taught the lesson; empty for most sessions. */
  afterLessonPrompts: string[];
  indicatorIds: string[];
  blocks: ContentBlock[];
  /** Teachers who opened it: their records keep what they did, whatever is edited here. */
  startedBy: number;
  /** Moves on with each save; a save names the revision it was made from. */
  revision: number;
}

/** One session with everything its editor shows; null when it is not in the district. */
export async function getEditorSession(
  tx: Transaction,
  params: { sessionId: string },
): Promise<EditorSession | null> {
  const found = await findSession(tx, params);
  if (!found) return null;
  const [blockRows, indicatorRows, [started], [stored]] = await Promise.all([
    tx
      .select({ kind: contentBlock.kind, body: contentBlock.body })
      .from(contentBlock)
      .where(eq(contentBlock.sessionId, found.id))
      .orderBy(asc(contentBlock.position)),
    tx
      .select({ id: sessionIndicator.indicatorId })
      .from(sessionIndicator)
      .where(eq(sessionIndicator.sessionId, found.id)),
    tx
      .select({ people: count() })
      .from(micropdProgress)
      .where(eq(micropdProgress.sessionId, found.id)),
    tx
      .select({ revision: micropdSession.revision })
      .from(micropdSession)
      .where(eq(micropdSession.id, found.id)),
  ]);
  const { stageId, stagePosition, stageTitle, ...session } = found;
  return {
    ...session,
    stage: { id: stageId, position: stagePosition, title: stageTitle },
    indicatorIds: indicatorRows.map((row) => row.id),
    // The body is JSON, so the database cannot promise its shape: the domain schema checks it.
    blocks: blockRows.map((row) => contentBlockSchema.parse({ ...row.body, kind: row.kind })),
    startedBy: started?.people ?? 0,
    revision: stored?.revision ?? 0,
  };
}

export interface EditorIndicator {
  id: string;
  code: string;
  title: string;
  description: string;
  /** Null: the district's own indicator, used by all its programs. */
  programId: string | null;
  programTitle: string | null;
}

/** The district's indicators in framework order: "1.2" before "1.10". */
export async function listEditorIndicators(tx: Transaction): Promise<EditorIndicator[]> {
  return tx
    .select({
      id: indicator.id,
      code: indicator.code,
      title: indicator.title,
      description: indicator.description,
      programId: indicator.programId,
      programTitle: program.title,
    })
    .from(indicator)
    .leftJoin(program, tenantJoin(program, indicator, indicator.programId))
    .orderBy(sql`string_to_array(${indicator.code}, '.')::int[]`);
}
