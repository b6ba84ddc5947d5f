import { contentBlockSchema } from "@throughline/domain/framework";
import type { LibraryPackage } from "@throughline/domain/library";
import { asc, eq, inArray } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  contentBlock,
  indicator,
  micropdSession,
  sessionIndicator,
  stage,
} from "../../schema/index.ts";

/**
 * A stage of the district as a library package's content: its details, its sessions in order
 * with their blocks, and each session's indicators by code. Three statements sent together.
 * Null when the stage is not in the district.
 */
export async function stagePackageContent(
  tx: Transaction,
  params: { stageId: string },
): Promise<LibraryPackage["stage"] | null> {
  const [found] = await tx
    .select({
      title: stage.title,
      summary: stage.summary,
      meetingsRequired: stage.meetingsRequired,
      requiresConfirmation: stage.requiresConfirmation,
      openToAll: stage.openToAll,
    })
    .from(stage)
    .where(eq(stage.id, params.stageId));
  if (!found) return null;
  const sessions = await tx
    .select({
      key: micropdSession.id,
      title: micropdSession.title,
      summary: micropdSession.summary,
      estimatedMinutes: micropdSession.estimatedMinutes,
      reflectionPrompts: micropdSession.reflectionPrompts,
      afterLessonPrompts: micropdSession.afterLessonPrompts,
    })
    .from(micropdSession)
    .where(eq(micropdSession.stageId, params.stageId))
    .orderBy(asc(micropdSession.position));
  const sessionIds = sessions.map((session) => session.key);
  const [blocks, codes] =
    sessionIds.length === 0
      ? [[], []]
      : await Promise.all([
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
  return {
    ...found,
    sessions: sessions.map((session) => ({
      ...session,
      // The body is JSON: the domain schema checks its shape.
      blocks: blocks
        .filter((block) => block.sessionId === session.key)
        .map((block) => contentBlockSchema.parse({ ...block.body, kind: block.kind })),
      indicatorCodes: codes.filter((row) => row.sessionId === session.key).map((row) => row.code),
    })),
  };
}
