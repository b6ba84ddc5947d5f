import { contentBlockSchema } from "@throughline/domain/framework";
import type { PackagedSession } from "@throughline/domain/library";
import { asc, eq, inArray, type SQL } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { contentBlock, indicator, micropdSession, sessionIndicator } from "../../schema/index.ts";

/**
 * The district's sessions that match `where` as package sessions, in stage and session order,
 * each with its blocks and its indicators by code, and the stage it sits in. Three statements.
 */
export async function packagedSessionsWhere(
  tx: Transaction,
  where: SQL | undefined,
): Promise<(PackagedSession & { stageId: string })[]> {
  const sessions = await tx
    .select({
      key: micropdSession.id,
      stageId: micropdSession.stageId,
      title: micropdSession.title,
      summary: micropdSession.summary,
      estimatedMinutes: micropdSession.estimatedMinutes,
      reflectionPrompts: micropdSession.reflectionPrompts,
      afterLessonPrompts: micropdSession.afterLessonPrompts,
    })
    .from(micropdSession)
    .where(where)
    .orderBy(asc(micropdSession.stageId), asc(micropdSession.position));
  const sessionIds = sessions.map((session) => session.key);
  if (sessionIds.length === 0) return [];
  const [blocks, codes] = await Promise.all([
    tx
      .select({
        sessionId: contentBlock.sessionId,
        kind: contentBlock.kind,
        body: contentBlock.body,
      })
      .from(contentBlock)
      .where(inArray(contentBlock.sessionId, sessionIds))
      .orderBy(asc(contentBlock.sessionId), asc(contentBlock.position)),
    tx
      .select({ sessionId: sessionIndicator.sessionId, code: indicator.code })
      .from(sessionIndicator)
      .innerJoin(indicator, eq(indicator.id, sessionIndicator.indicatorId))
      .where(inArray(sessionIndicator.sessionId, sessionIds))
      .orderBy(asc(indicator.code)),
  ]);
  return sessions.map((session) => ({
    ...session,
    // The body is JSON: the domain schema checks its shape.
    blocks: blocks
      .filter((block) => block.sessionId === session.key)
      .map((block) => contentBlockSchema.parse({ ...block.body, kind: block.kind })),
    indicatorCodes: codes.filter((row) => row.sessionId === session.key).map((row) => row.code),
  }));
}

/** A package session without the stage it was read from. */
export function withoutStage({
  stageId: _stageId,
  ...session
}: PackagedSession & { stageId: string }): PackagedSession {
  return session;
}
