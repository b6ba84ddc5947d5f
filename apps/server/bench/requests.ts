/**
 * Request throughput of the API on a seeded embedded database, printed as figures.
 * Run with `pnpm --filter @throughline/server bench`. Speed is measured here, never asserted
 * in tests: build machines are shared and noisy.
 */
import {
  createTestApi,
  TEST_PUBLIC_URL,
  TEST_SERVER_SECRET,
} from "@throughline/api/testing/test-api";
import { pino } from "pino";
import { createServerApp } from "../src/app.ts";
import { tempFileStorage } from "../src/files/temp-storage.ts";

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 3000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

const api = await createTestApi();
const app = await createServerApp({
  db: api.db,
  dbKind: api.kind,
  auth: api.auth,
  logger: pino({ level: "silent" }),
  storage: tempFileStorage(),
  serveApps: false,
  publicUrl: TEST_PUBLIC_URL,
  secret: TEST_SERVER_SECRET,
});
const cookie = await api.sessionCookieFor("teacher@maplevalley.test");

async function measure(label: string, path: string): Promise<void> {
  let done = 0;
  const latencies: number[] = [];
  const deadline = performance.now() + DURATION_MS;
  async function worker(): Promise<void> {
    while (performance.now() < deadline) {
      const started = performance.now();
      const response = await app.request(path, { headers: { cookie } });
      if (!response.ok) throw new Error(`${path} answered ${response.status}`);
      await response.arrayBuffer();
      latencies.push(performance.now() - started);
      done += 1;
    }
  }
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p = (q: number) => (latencies[Math.floor(q * (latencies.length - 1))] ?? 0).toFixed(1);
  console.log(
    `${label.padEnd(22)} ${(done / seconds).toFixed(0).padStart(6)} req/s   p50 ${p(0.5)} ms   p95 ${p(0.95)} ms`,
  );
}

console.log(`${api.kind}, ${CONCURRENCY} concurrent callers, ${DURATION_MS} ms each`);
await measure("GET /healthz", "/healthz");
await measure("viewer.me", "/trpc/viewer.me");
await measure("teacher.home", "/trpc/teacher.home");
await measure("framework.stages", "/trpc/framework.stages");
await api.close();
