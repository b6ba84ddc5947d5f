import { defineConfig } from "vitest/config";

// Browser tests drive the built server in Chromium; one file at a time keeps the two cores calm.
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.test.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A page that is still loading on a busy machine is not a failure: polls wait up to 15 s.
    expect: { poll: { timeout: 15_000 } },
  },
});
