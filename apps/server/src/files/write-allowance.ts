import {
  tooManyWritesMessage,
  type WriteRateLimiter,
} from "@throughline/api/rate-limit/write-rate-limit";
import type { Context } from "hono";

/**
 * Uploads and removals are writes like tRPC mutations, counted in the same per-person bucket
 * (the server's one `WriteRateLimiter`). Called once the session is known and before the body
 * is read, so a person past the rate costs neither parsing nor storage: the answer is 429 with
 * the API's message and the wait in `Retry-After`, or `null` to go on.
 */
export function refusedOverWriteRate(
  c: Context,
  limiter: WriteRateLimiter,
  personId: string,
): Response | null {
  const allowance = limiter.take(personId);
  if (allowance.ok) return null;
  c.header("Retry-After", String(allowance.retryAfterSeconds));
  return c.json(
    { error: tooManyWritesMessage(limiter.perMinute, allowance.retryAfterSeconds) },
    429,
  );
}
