import type { RecommendedSession } from "@throughline/domain/recommendation";
import { sessionAccess } from "@throughline/domain/rules/session-sequence";
import type { Transaction } from "../client.ts";
import { findStageEnrolment, loadSequence } from "./micropd.ts";

/*
 * Whether the session player opens each recommended session now, by the same sequence rule the
 * MicroPD router enforces, so the list never offers a "Start" the player then refuses.
 */

export type Opening = RecommendedSession["opens"];

/** Per session id, when it opens for the teacher; one sequence load per stage involved. */
export async function openingsFor(
  tx: Transaction,
  params: { personId: string; sessions: readonly { id: string; stageId: string }[]; now: Date },
): Promise<Map<string, Opening>> {
  const openings = new Map<string, Opening>();
  const stageIds = [...new Set(params.sessions.map((session) => session.stageId))];
  for (const stageId of stageIds) {
    const cohort = await findStageEnrolment(tx, { personId: params.personId, stageId });
    const sequence = cohort
      ? await loadSequence(tx, { personId: params.personId, stageId, cohort })
      : [];
    for (const session of params.sessions.filter((item) => item.stageId === stageId)) {
      if (!cohort) {
        openings.set(session.id, { kind: "not_enrolled" });
        continue;
      }
      const access = sessionAccess(sequence, session.id, params.now);
      openings.set(
        session.id,
        access.open
          ? { kind: "now" }
          : access.reason === "ahead"
            ? { kind: "after", session: { id: access.next.id, title: access.next.title } }
            : access.reason === "scheduled"
              ? { kind: "on", opensAt: access.opensAt }
              : { kind: "not_enrolled" },
      );
    }
  }
  return openings;
}
