import { describe, expect, test } from "vitest";
import {
  countsAsFailure,
  decideSignInThrottle,
  type SignInAttemptFact,
  throttleMessage,
} from "./sign-in-throttle.ts";

const now = new Date("2026-11-25T16:00:00Z");
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const failed = (minutes: number): SignInAttemptFact => ({
  at: minutesAgo(minutes),
  succeeded: false,
});
const succeeded = (minutes: number): SignInAttemptFact => ({
  at: minutesAgo(minutes),
  succeeded: true,
});
const addressFailures = (count: number, minutes = 1) =>
  Array.from({ length: count }, () => minutesAgo(minutes));

describe("decideSignInThrottle", () => {
  test.each<[string, SignInAttemptFact[], Date[], ReturnType<typeof decideSignInThrottle>]>([
    ["no attempts", [], [], { allowed: true }],
    ["four failures", [failed(1), failed(2), failed(3), failed(4)], [], { allowed: true }],
    [
      "five failures for the account, from any address",
      [failed(1), failed(2), failed(3), failed(4), failed(10)],
      [],
      // The oldest of the five (10 minutes ago) leaves the 15-minute window in 5 minutes.
      { allowed: false, reason: "account", retryAfterMs: 5 * 60_000 },
    ],
    [
      "five failures, but a success after the second",
      [failed(1), failed(2), succeeded(3), failed(4), failed(5), failed(6)],
      [],
      { allowed: true },
    ],
    [
      "failures older than the window do not count",
      [failed(1), failed(2), failed(3), failed(4), failed(16)],
      [],
      { allowed: true },
    ],
    ["49 failures from the address", [], addressFailures(49), { allowed: true }],
    [
      "50 failures from the address, for other accounts",
      [],
      addressFailures(50, 3),
      { allowed: false, reason: "address", retryAfterMs: 12 * 60_000 },
    ],
    ["address failures older than the window", [], addressFailures(60, 15), { allowed: true }],
  ])("%s", (_name, accountAttempts, address, expected) => {
    expect(decideSignInThrottle({ accountAttempts, addressFailures: address }, now)).toEqual(
      expected,
    );
  });

  test("the account's limit is met first when both are", () => {
    const decision = decideSignInThrottle(
      {
        accountAttempts: Array.from({ length: 5 }, () => failed(1)),
        addressFailures: addressFailures(50),
      },
      now,
    );
    expect(decision).toMatchObject({ allowed: false, reason: "account" });
  });

  test("with more failures than the limit, the wait is until the count drops below it", () => {
    const decision = decideSignInThrottle(
      {
        accountAttempts: [failed(1), failed(2), failed(3), failed(4), failed(5), failed(14)],
        addressFailures: [],
      },
      now,
    );
    // The fifth most recent failure (5 minutes ago) must leave the window: 10 minutes.
    expect(decision).toEqual({ allowed: false, reason: "account", retryAfterMs: 10 * 60_000 });
  });

  test("custom limits", () => {
    const limits = { accountFailures: 2, addressFailures: 3, windowMs: 60_000 };
    expect(
      decideSignInThrottle(
        { accountAttempts: [failed(0.5), failed(0.2)], addressFailures: [] },
        now,
        limits,
      ),
    ).toMatchObject({ allowed: false, reason: "account", retryAfterMs: 30_000 });
  });
});

describe("throttleMessage", () => {
  test.each([
    [1, "Too many attempts; try again in 1 minute."],
    [60_000, "Too many attempts; try again in 1 minute."],
    [60_001, "Too many attempts; try again in 2 minutes."],
    [15 * 60_000, "Too many attempts; try again in 15 minutes."],
  ])("%i ms reads %s", (ms, message) => {
    expect(throttleMessage(ms)).toBe(message);
  });
});

describe("countsAsFailure", () => {
  test.each([
    [401, "INVALID_EMAIL_OR_PASSWORD", true],
    [400, "INVALID_EMAIL", false],
    [403, "ACCOUNT_NOT_ACTIVE", false],
    [429, "TOO_MANY_ATTEMPTS", false],
    [200, undefined, false],
  ])("status %i code %s counts: %s", (status, code, counts) => {
    expect(countsAsFailure(status, code)).toBe(counts);
  });
});
