import { describe, expect, test } from "vitest";
import {
  afterFailedAttempt,
  MAX_DELIVERY_ATTEMPTS,
  waitBeforeAttempt,
} from "./delivery-backoff.ts";

const minute = 60_000;

describe("waitBeforeAttempt", () => {
  test.each([
    [1, 0],
    [2, 30_000],
    [3, 2 * minute],
    [4, 10 * minute],
    [5, 60 * minute],
    [6, 180 * minute],
    [7, 360 * minute],
    [20, 360 * minute],
  ])("attempt %i waits %i ms", (attempt, wait) => {
    expect(waitBeforeAttempt(attempt)).toBe(wait);
  });

  test("waits never shrink", () => {
    for (let attempt = 2; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
      expect(waitBeforeAttempt(attempt)).toBeGreaterThanOrEqual(waitBeforeAttempt(attempt - 1));
    }
  });
});

describe("afterFailedAttempt", () => {
  const now = new Date("2026-11-25T16:00:00Z");

  test("the first failure retries after 30 seconds", () => {
    expect(afterFailedAttempt(1, now)).toEqual({ retryAt: new Date("2026-11-25T16:00:30Z") });
  });

  test("the second failure retries after 2 minutes", () => {
    expect(afterFailedAttempt(2, now)).toEqual({ retryAt: new Date("2026-11-25T16:02:00Z") });
  });

  test("the last attempt's failure gives up", () => {
    expect(afterFailedAttempt(MAX_DELIVERY_ATTEMPTS - 1, now)).toHaveProperty("retryAt");
    expect(afterFailedAttempt(MAX_DELIVERY_ATTEMPTS, now)).toEqual({ giveUp: true });
  });
});
