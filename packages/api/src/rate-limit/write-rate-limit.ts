/*
 * How many writes (tRPC mutations) one person may make: a token bucket per person, in this
 * process's memory. It holds a minute's worth of writes and refills at that rate, so a burst
 * (a roster of attendance ticked quickly, an autosave) is never refused, while a script writing
 * as fast as it can is held to the rate. Several processes each count their own: the limit is
 * per process, which is enough to keep one person from taking a server's time from everyone.
 */

/** The default: far above what a person clicking or typing makes, even with autosave. */
export const DEFAULT_WRITES_PER_MINUTE = 600;

/** Buckets kept before idle ones (full again) are forgotten. */
const PRUNE_AT = 10_000;

interface Bucket {
  tokens: number;
  at: number;
}

export type WriteAllowance = { ok: true } | { ok: false; retryAfterSeconds: number };

export class WriteRateLimiter {
  readonly #perMinute: number;
  readonly #buckets = new Map<string, Bucket>();
  readonly #now: () => number;

  /** `perMinute` 0 turns the limit off. */
  constructor(perMinute: number, now: () => number = Date.now) {
    this.#perMinute = perMinute;
    this.#now = now;
  }

  get perMinute(): number {
    return this.#perMinute;
  }

  /** Takes one write from `personId`'s bucket, or says how long until one is there. */
  take(personId: string): WriteAllowance {
    if (this.#perMinute <= 0) return { ok: true };
    const now = this.#now();
    const perMs = this.#perMinute / 60_000;
    const held = this.#buckets.get(personId);
    const tokens = held
      ? Math.min(this.#perMinute, held.tokens + (now - held.at) * perMs)
      : this.#perMinute;
    if (tokens < 1) {
      this.#buckets.set(personId, { tokens, at: now });
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
    }
    if (!held && this.#buckets.size >= PRUNE_AT) this.#forgetIdle(now, perMs);
    this.#buckets.set(personId, { tokens: tokens - 1, at: now });
    return { ok: true };
  }

  /** Drops the buckets that have refilled: they would start full anyway. */
  #forgetIdle(now: number, perMs: number) {
    for (const [personId, bucket] of this.#buckets) {
      if (bucket.tokens + (now - bucket.at) * perMs >= this.#perMinute) {
        this.#buckets.delete(personId);
      }
    }
  }
}

/** What a person told to slow down reads. */
export function tooManyWritesMessage(perMinute: number, retryAfterSeconds: number): string {
  const wait = retryAfterSeconds === 1 ? "a second" : `${retryAfterSeconds} seconds`;
  return `You are saving changes faster than the server takes them (${perMinute} a minute). Wait ${wait} and try again.`;
}
