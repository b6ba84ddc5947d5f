import { defineConfig } from "vitest/config";

// Browser tests drive the built server in Chromium; one file at a time keeps the two cores calm.
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.test.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
