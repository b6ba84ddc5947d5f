/*
 * When password sign-in is refused for too many failures. Two counts are kept over the same
 * window: failures for one account (whatever address they came from, so spreading a guessing
 * attack over many machines does not help) and failures from one address (much higher, because
 * a whole school signs in from behind one address and one person's typos must not lock out the
 * rest). A successful sign-in clears the account's count; it does not clear the address's.
 */

interface SignInThrottleLimits {
  /** Failed attempts one account may have in the window before it is refused. */
  accountFailures: number;
  /** Failed attempts one address may have in the window before it is refused. */
  addressFailures: number;
  windowMs: number;
}

export const signInThrottleLimits: SignInThrottleLimits = {
  accountFailures: 5,
  addressFailures: 50,
  windowMs: 15 * 60_000,
};

/** One earlier attempt, as the rule needs it. */
export interface SignInAttemptFact {
  at: Date;
  succeeded: boolean;
}

export interface SignInThrottleFacts {
  /** The account's attempts inside the window (same email, any address). */
  accountAttempts: readonly SignInAttemptFact[];
  /** The address's failed attempts inside the window (any email). */
  addressFailures: readonly Date[];
}

type SignInThrottleDecision =
  | { allowed: true }
  | { allowed: false; reason: "account" | "address"; retryAfterMs: number };

/** The failures that count: inside the window and after the account's last success. */
function countingFailures(attempts: readonly SignInAttemptFact[], windowStart: number): Date[] {
  const lastSuccess = Math.max(
    -Infinity,
    ...attempts.filter((attempt) => attempt.succeeded).map((attempt) => attempt.at.getTime()),
  );
  return attempts
    .filter(
      (attempt) =>
        !attempt.succeeded &&
        attempt.at.getTime() > windowStart &&
        attempt.at.getTime() > lastSuccess,
    )
    .map((attempt) => attempt.at);
}

/** How long until the oldest counted failure leaves the window and one more try is allowed. */
function retryAfter(failures: readonly Date[], limit: number, windowMs: number, now: Date): number {
  const times = failures.map((at) => at.getTime()).sort((a, b) => b - a);
  // The limit-th most recent failure must leave the window for the count to drop below it.
  const blocking = times[limit - 1] ?? now.getTime();
  return Math.max(1000, blocking + windowMs - now.getTime());
}

/** Whether one more password attempt for this account from this address may be checked now. */
export function decideSignInThrottle(
  facts: SignInThrottleFacts,
  now: Date,
  limits: SignInThrottleLimits = signInThrottleLimits,
): SignInThrottleDecision {
  const windowStart = now.getTime() - limits.windowMs;
  const account = countingFailures(facts.accountAttempts, windowStart);
  if (account.length >= limits.accountFailures) {
    return {
      allowed: false,
      reason: "account",
      retryAfterMs: retryAfter(account, limits.accountFailures, limits.windowMs, now),
    };
  }
  const address = facts.addressFailures.filter((at) => at.getTime() > windowStart);
  if (address.length >= limits.addressFailures) {
    return {
      allowed: false,
      reason: "address",
      retryAfterMs: retryAfter(address, limits.addressFailures, limits.windowMs, now),
    };
  }
  return { allowed: true };
}

/** The refusal people read: whole minutes, rounded up, never "0 minutes". */
export function throttleMessage(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Too many attempts; try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

/** Only a wrong email or password counts as a failure; refusals of other kinds do not. */
export function countsAsFailure(status: number, code: string | undefined): boolean {
  return status === 401 && code === "INVALID_EMAIL_OR_PASSWORD";
}
