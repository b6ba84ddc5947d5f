import { describe, expect, it } from "vitest";
import { appRouter } from "../root.ts";
import { codeOf } from "../testing/error-code.ts";
import { testApiPerFile } from "../testing/test-api-per-file.ts";
import { createCallerFactory } from "../trpc.ts";
import { DEFAULT_WRITES_PER_MINUTE, WriteRateLimiter } from "./write-rate-limit.ts";

const createCaller = createCallerFactory(appRouter);

describe("WriteRateLimiter", () => {
  it("lets a minute's worth through at once, then refills at the rate", () => {
    let now = 0;
    const limiter = new WriteRateLimiter(60, () => now);
    for (let write = 0; write < 60; write += 1) expect(limiter.take("maria").ok).toBe(true);
    expect(limiter.take("maria")).toEqual({ ok: false, retryAfterSeconds: 1 });
    // Another person has their own bucket.
    expect(limiter.take("sam").ok).toBe(true);
    now += 1000;
    expect(limiter.take("maria").ok).toBe(true);
    expect(limiter.take("maria").ok).toBe(false);
  });

  it("is off at 0, and generous by default", () => {
    const off = new WriteRateLimiter(0);
    for (let write = 0; write < 10_000; write += 1) expect(off.take("maria").ok).toBe(true);
    expect(DEFAULT_WRITES_PER_MINUTE).toBe(600);
  });
});

describe("writes through the API", () => {
  const api = testApiPerFile();

  it("answers TOO_MANY_REQUESTS past the rate, with the wait in words; reads still pass", async () => {
    const headers = new Headers({ cookie: await api.sessionCookieFor("teacher@maplevalley.test") });
    const writeLimiter = new WriteRateLimiter(2);
    const teacher = createCaller({ ...api.requestContext(headers), writeLimiter });
    const save = () => teacher.notifications.markAllRead();
    expect(await codeOf(save())).toBe("OK");
    expect(await codeOf(save())).toBe("OK");
    const refused = save();
    await expect(refused).rejects.toThrow(
      "You are saving changes faster than the server takes them (2 a minute). Wait 30 seconds and try again.",
    );
    expect(await codeOf(refused)).toBe("TOO_MANY_REQUESTS");
    // Reading is not a write.
    expect(await codeOf(teacher.viewer.me())).toBe("OK");
  });
});
