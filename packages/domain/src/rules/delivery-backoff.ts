/**
 * How long a message that could not be delivered waits before the next attempt, and when the
 * worker stops trying. Waits grow so a mail server that is down for an hour is not hammered,
 * and stay capped so one that comes back is used within hours, not days.
 */
const WAITS_MS = [30_000, 2 * 60_000, 10 * 60_000, 60 * 60_000, 3 * 60 * 60_000] as const;
const LONGEST_WAIT_MS = 6 * 60 * 60_000;

/** After this many failed attempts a message is marked failed (about a day of trying). */
export const MAX_DELIVERY_ATTEMPTS = 8;

/** The wait before attempt `attempt` (2 is the first retry); attempt 1 goes at once. */
export function waitBeforeAttempt(attempt: number): number {
  if (attempt <= 1) return 0;
  return WAITS_MS[attempt - 2] ?? LONGEST_WAIT_MS;
}

type AfterFailure = { retryAt: Date } | { giveUp: true };

/** What to do after attempt number `attemptsMade` failed at `now`. */
export function afterFailedAttempt(attemptsMade: number, now: Date): AfterFailure {
  if (attemptsMade >= MAX_DELIVERY_ATTEMPTS) return { giveUp: true };
  return { retryAt: new Date(now.getTime() + waitBeforeAttempt(attemptsMade + 1)) };
}
