import {
  type NextSession,
  nextMicroPdSession,
  type OrderedSession,
} from "./next-micropd-session.ts";

/** A session of a teacher's sequence: its order, its release date, and when they completed it. */
export interface SequencedSession extends OrderedSession {
  completedAt: Date | null;
}

/**
 * Where one session stands for one teacher. Only order and dated release gate a session:
 * completed sessions stay open to read back, the next one opens at once unless its release date
 * is still ahead, and later ones are upcoming until the ones before them are done.
 */
type SessionState =
  | { kind: "completed"; completedAt: Date }
  | { kind: "available" }
  | { kind: "scheduled"; opensAt: Date }
  | { kind: "upcoming" };

function completedIds(sessions: readonly SequencedSession[]): Set<string> {
  return new Set(sessions.filter((s) => s.completedAt !== null).map((s) => s.id));
}

/** Every session of the sequence in stage order, each with its state for this teacher. */
export function sessionStates<S extends SequencedSession>(
  sessions: readonly S[],
  now: Date,
): { session: S; state: SessionState }[] {
  const next = nextMicroPdSession(sessions, completedIds(sessions), now);
  return [...sessions]
    .sort((a, b) => a.position - b.position)
    .map((session) => {
      if (session.completedAt) {
        return { session, state: { kind: "completed", completedAt: session.completedAt } };
      }
      if (next.kind !== "finished" && next.session.id === session.id) {
        return {
          session,
          state:
            next.kind === "scheduled"
              ? { kind: "scheduled", opensAt: next.opensAt }
              : { kind: "available" },
        };
      }
      return { session, state: { kind: "upcoming" } };
    });
}

/** Whether a teacher may open a session now, and if not, why not in terms they can act on. */
type SessionAccess<S extends SequencedSession> =
  | { open: true }
  | { open: false; reason: "not_in_sequence" }
  | { open: false; reason: "scheduled"; opensAt: Date }
  | { open: false; reason: "ahead"; next: S };

/**
 * "No waiting" means the next session opens the moment the one before it is done; it does not
 * mean skipping ahead. A completed session can always be read again.
 */
export function sessionAccess<S extends SequencedSession>(
  sessions: readonly S[],
  sessionId: string,
  now: Date,
): SessionAccess<S> {
  const entry = sessionStates(sessions, now).find(({ session }) => session.id === sessionId);
  if (!entry) return { open: false, reason: "not_in_sequence" };
  switch (entry.state.kind) {
    case "completed":
    case "available":
      return { open: true };
    case "scheduled":
      return { open: false, reason: "scheduled", opensAt: entry.state.opensAt };
    case "upcoming": {
      const next = nextMicroPdSession(sessions, completedIds(sessions), now);
      // Upcoming implies an unfinished session comes first, so `next` is never "finished" here.
      if (next.kind === "finished") return { open: false, reason: "not_in_sequence" };
      return { open: false, reason: "ahead", next: next.session };
    }
  }
}

/**
 * What comes after a session once it is completed: the teacher's next unfinished session (which
 * is the following one unless they are re-reading an earlier session), and when it opens.
 */
export function nextAfterCompleting<S extends SequencedSession>(
  sessions: readonly S[],
  sessionId: string,
  now: Date,
): NextSession<S> {
  const done = completedIds(sessions);
  done.add(sessionId);
  return nextMicroPdSession(sessions, done, now);
}
