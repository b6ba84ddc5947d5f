import { describe, expect, it } from "vitest";
import { PROGRESS_INTERVAL_MS, throttledProgress } from "./throttled-progress.ts";

describe("throttledProgress", () => {
  it("writes at each 5 % of the whole or after the interval, never more often", async () => {
    let clock = 0;
    const written: number[] = [];
    const report = throttledProgress(
      async (done) => {
        written.push(done);
      },
      1000,
      () => clock,
    );
    // 1 % per step, quickly: one write per 5 %.
    for (let done = 10; done <= 200; done += 10) await report(done);
    expect(written).toEqual([50, 100, 150, 200]);
    // A slow step of a few rows: written once the interval has passed.
    await report(203);
    clock += PROGRESS_INTERVAL_MS;
    await report(206);
    expect(written).toEqual([50, 100, 150, 200, 206]);
  });
});
