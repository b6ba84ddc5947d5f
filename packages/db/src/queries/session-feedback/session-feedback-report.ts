import {
  longestSittingMinutes,
  type ValueCounts,
} from "@throughline/domain/rules/session-feedback-figures";
import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { micropdProgress, micropdSession, sessionFeedback, stage } from "../../schema/index.ts";
import { rowStageColumns } from "../framework/framework-columns.ts";
import { stageOfSession } from "../sql/same-district-joins.ts";

/*
 * What a framework author reads per MicroPD session of the district: completions, how long
 * completions took, and the comments teachers wrote (text only: no names, no dates). The
 * feedback counts come from `summariseFeedback`.
 */

interface AuthoredSession {
  sessionId: string;
  title: string;
  position: number;
  estimatedMinutes: number;
  stageId: string;
  stagePosition: number;
  stageTitle: string;
}

/** Every session of the district's framework, in stage and session order. */
export async function listAuthoredSessions(tx: Transaction): Promise<AuthoredSession[]> {
  return tx
    .select({
      sessionId: micropdSession.id,
      title: micropdSession.title,
      position: micropdSession.position,
      estimatedMinutes: micropdSession.estimatedMinutes,
      ...rowStageColumns,
    })
    .from(micropdSession)
    .innerJoin(stage, stageOfSession)
    .orderBy(asc(stage.position), asc(micropdSession.position));
}

interface SessionCompletions {
  sessionId: string;
  completions: number;
  /**
   * Completions counted by their minutes from the progress row's creation (the teacher's first
   * saved place) to completion, only those within one sitting.
   */
  minutes: ValueCounts;
}

/** Per session, how many teachers completed it and how many minutes the timed ones took. */
export async function sessionCompletions(tx: Transaction): Promise<SessionCompletions[]> {
  const minutes = sql<number>`round(extract(epoch from ${micropdProgress.completedAt} - ${micropdProgress.createdAt}) / 60)`;
  const [totals, timed] = await Promise.all([
    tx
      .select({
        sessionId: micropdProgress.sessionId,
        completions: sql<number>`count(*)`.mapWith(Number),
      })
      .from(micropdProgress)
      .where(isNotNull(micropdProgress.completedAt))
      .groupBy(micropdProgress.sessionId),
    tx
      .select({
        sessionId: micropdProgress.sessionId,
        value: minutes.mapWith(Number),
        count: sql<number>`count(*)`.mapWith(Number),
      })
      .from(micropdProgress)
      .where(
        and(
          isNotNull(micropdProgress.completedAt),
          sql`${minutes} between 1 and ${longestSittingMinutes}`,
        ),
      )
      .groupBy(micropdProgress.sessionId, minutes),
  ]);
  const bySession = new Map<string, SessionCompletions>();
  for (const row of totals) {
    bySession.set(row.sessionId, { ...row, minutes: [] });
  }
  for (const row of timed) {
    const entry = bySession.get(row.sessionId);
    if (entry) entry.minutes = [...entry.minutes, { value: row.value, count: row.count }];
  }
  return [...bySession.values()];
}

/** How many comments per session the author's page shows at most. */
const commentsPerSession = 20;

/**
 * The latest comments on each session, text only. Whether a session's comments may be shown at
 * all (enough responses) is the caller's rule, applied before anything leaves the API.
 */
export async function sessionComments(
  tx: Transaction,
): Promise<Array<{ sessionId: string; comments: string[] }>> {
  const ranked = tx
    .select({
      sessionId: sessionFeedback.itemId,
      comment: sessionFeedback.comment,
      rank: sql<number>`row_number() over (partition by ${sessionFeedback.itemId} order by ${sessionFeedback.createdAt} desc)`.as(
        "rank",
      ),
    })
    .from(sessionFeedback)
    .where(and(eq(sessionFeedback.itemKind, "micropd_session"), isNotNull(sessionFeedback.comment)))
    .as("ranked");
  const rows = await tx
    .select({ sessionId: ranked.sessionId, comment: ranked.comment })
    .from(ranked)
    .where(sql`${ranked.rank} <= ${commentsPerSession}`)
    // Not by date: the order must not hint at who wrote which.
    .orderBy(asc(ranked.sessionId), asc(ranked.comment));
  const bySession = new Map<string, string[]>();
  for (const row of rows) {
    if (row.comment === null) continue;
    bySession.set(row.sessionId, [...(bySession.get(row.sessionId) ?? []), row.comment]);
  }
  return [...bySession].map(([sessionId, comments]) => ({ sessionId, comments }));
}
