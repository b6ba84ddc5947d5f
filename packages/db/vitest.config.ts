import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Each file opens its own database; starting PGlite and migrating takes a few seconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
