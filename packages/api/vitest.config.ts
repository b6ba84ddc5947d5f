import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Each file seeds its own database; real PostgreSQL runs are slower than PGlite.
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
