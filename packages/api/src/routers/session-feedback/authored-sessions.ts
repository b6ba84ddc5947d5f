import type { Transaction } from "@throughline/db/client";
import {
  noFeedbackCounts,
  summariseFeedback,
} from "@throughline/db/queries/session-feedback/feedback-summary";
import {
  listAuthoredSessions,
  sessionComments,
  sessionCompletions,
} from "@throughline/db/queries/session-feedback/session-feedback-report";
import {
  commentsVisible,
  meanUsefulness,
  medianOfCounts,
  revisionFlag,
  usefulnessDistribution,
  willUseSharePercent,
} from "@throughline/domain/rules/session-feedback-figures";
import type { AuthoredSessionFeedback } from "@throughline/domain/session-feedback";

/**
 * Every MicroPD session of the district with its completions, median minutes, feedback and
 * comments. Comments leave the API only for sessions with enough responses (the rule in
 * `commentsVisible`), never with who wrote them or when.
 */
export async function authoredSessionFeedback(tx: Transaction): Promise<AuthoredSessionFeedback[]> {
  const [sessions, completions, feedback, comments] = await Promise.all([
    listAuthoredSessions(tx),
    sessionCompletions(tx),
    summariseFeedback(tx, { itemKind: "micropd_session" }),
    sessionComments(tx),
  ]);
  const completionsOf = new Map(completions.map((row) => [row.sessionId, row]));
  const feedbackOf = new Map(feedback.map((row) => [row.itemId, row]));
  const commentsOf = new Map(comments.map((row) => [row.sessionId, row.comments]));
  return sessions.map((session) => {
    const done = completionsOf.get(session.sessionId);
    const counts = feedbackOf.get(session.sessionId) ?? noFeedbackCounts(session.sessionId);
    return {
      sessionId: session.sessionId,
      title: session.title,
      position: session.position,
      estimatedMinutes: session.estimatedMinutes,
      stage: { id: session.stageId, position: session.stagePosition, title: session.stageTitle },
      completions: done?.completions ?? 0,
      medianMinutes: medianOfCounts(done?.minutes ?? []),
      timedCompletions: (done?.minutes ?? []).reduce((sum, entry) => sum + entry.count, 0),
      responses: counts.responses,
      skipped: counts.skipped,
      usefulness: usefulnessDistribution(counts.usefulness),
      meanUsefulness: meanUsefulness(counts.usefulness),
      willUse: counts.willUse,
      willUsePercent: willUseSharePercent(counts.willUse),
      comments: commentsVisible(counts.responses)
        ? { visible: true, items: commentsOf.get(session.sessionId) ?? [] }
        : { visible: false },
      revision: revisionFlag(counts.usefulness),
    };
  });
}
