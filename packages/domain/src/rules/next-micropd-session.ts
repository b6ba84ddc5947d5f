/** The shape the rule needs from a MicroPD session; callers pass their own richer rows. */
export interface OrderedSession {
  id: string;
  position: number;
  /** When the cohort releases sessions on dates; null or absent means available at once. */
  releasedAt?: Date | null;
}

export type NextSession<S extends OrderedSession> =
  | { kind: "available"; session: S }
  | { kind: "scheduled"; session: S; opensAt: Date }
  | { kind: "finished" };

/**
 * The next MicroPD session for a teacher: the first session, in stage order, that they have not
 * completed. Self-paced cohorts open it at once ("no waiting for the next piece"); dated cohorts
 * open it on its release date.
 */
export function nextMicroPdSession<S extends OrderedSession>(
  sessions: readonly S[],
  completedSessionIds: ReadonlySet<string>,
  now: Date,
): NextSession<S> {
  const next = [...sessions]
    .sort((a, b) => a.position - b.position)
    .find((session) => !completedSessionIds.has(session.id));
  if (!next) return { kind: "finished" };
  if (next.releasedAt && next.releasedAt.getTime() > now.getTime()) {
    return { kind: "scheduled", session: next, opensAt: next.releasedAt };
  }
  return { kind: "available", session: next };
}
