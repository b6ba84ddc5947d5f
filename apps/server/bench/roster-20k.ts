/**
 * A OneRoster import of 20,000 staff, timed: the set is generated in memory (a district, 300
 * schools, 20,000 users with their roles), then previewed and imported twice through the real
 * API on a fresh database: embedded PGlite, or a throwaway database on the PostgreSQL server
 * that DATABASE_URL names. Run with `pnpm --filter @throughline/server bench:roster`.
 */
import { randomUUID } from "node:crypto";
import { generatedRoster } from "../src/testing/generated-roster.ts";

const USERS = Number(process.env.BENCH_ROSTER_USERS ?? 20_000);
const SCHOOLS = 300;

// The test database helper reads TEST_DATABASE_URL; a bench run names the server as DATABASE_URL.
if (process.env.DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
const { createTestApi } = await import("@throughline/api/testing/test-api");

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  console.log(`${label.padEnd(28)} ${((performance.now() - started) / 1000).toFixed(2)} s`);
  return result;
}

const api = await createTestApi();
try {
  const files = generatedRoster({ users: USERS, schools: SCHOOLS });
  const megabytes = files.reduce((sum, file) => sum + file.content.length, 0) / 1_000_000;
  console.log(
    `OneRoster set: ${USERS.toLocaleString("en-US")} users, ${SCHOOLS} schools, ${megabytes.toFixed(1)} MB; database: ${api.kind}`,
  );
  const admin = await api.callerFor("admin@maplevalley.test");
  const preview = await timed("preview", () => admin.rosterImport.preview({ files }));
  console.log(`  ${JSON.stringify(preview.counts)}; bad rows: ${preview.badRows.length}`);
  const first = await timed("import (creates everyone)", () =>
    admin.rosterImport.importFiles({ files, importId: randomUUID() }),
  );
  console.log(`  ${JSON.stringify(first.counts)}`);
  const again = await timed("import again (no changes)", () =>
    admin.rosterImport.importFiles({ files, importId: randomUUID() }),
  );
  console.log(`  ${JSON.stringify(again.counts)}`);
} finally {
  await api.close();
}
