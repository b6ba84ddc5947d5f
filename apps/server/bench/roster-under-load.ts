/**
 * Whether a 20,000-person roster import leaves the server answering everyone else: the import
 * runs through the real HTTP server while a light request (a static asset, and the import's own
 * progress poll) is sent every 50 ms; each one's time is counted from when it was due, so time
 * the event loop spent blocked counts too. Prints p50 / p95 / max and the progress values seen.
 * Embedded PGlite by default, or a throwaway database on the server DATABASE_URL names.
 * Run with `pnpm --filter @throughline/server bench:roster-load`. Target: light p95 < 200 ms.
 * The load average is printed before and after: on a shared machine the figures follow it.
 */
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { loadavg } from "node:os";
import { serve } from "@hono/node-server";
import { generatedRoster } from "../src/testing/generated-roster.ts";

const USERS = Number(process.env.BENCH_ROSTER_USERS ?? 20_000);
const PROBE_EVERY_MS = 50;

if (process.env.DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
const { createTestServer } = await import("../src/testing/test-server.ts");

const server = await createTestServer();
const http = serve({ fetch: server.app.fetch, port: 0, hostname: "127.0.0.1" });
await new Promise((resolve) => http.once("listening", resolve));
const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

function loadAverage(): string {
  return `load average ${loadavg()
    .map((load) => load.toFixed(2))
    .join(", ")}`;
}

function summary(latencies: number[]): string {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => (sorted[Math.floor(q * (sorted.length - 1))] ?? 0).toFixed(0);
  return `n ${sorted.length}  p50 ${at(0.5)} ms  p95 ${at(0.95)} ms  max ${at(1)} ms`;
}

/** Sends `probe` every PROBE_EVERY_MS until stopped; each latency runs from when it was due. */
function probeWhile(probe: () => Promise<void>) {
  const latencies: number[] = [];
  const inFlight: Promise<void>[] = [];
  let running = true;
  const loop = (async () => {
    const started = performance.now();
    for (let index = 0; running; index += 1) {
      const due = started + index * PROBE_EVERY_MS;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      inFlight.push(
        probe().then(
          () => void latencies.push(performance.now() - due),
          // A keep-alive connection the server dropped while blocked: counted as the wait.
          () => void latencies.push(performance.now() - due),
        ),
      );
    }
  })();
  return async () => {
    running = false;
    await loop;
    await Promise.all(inFlight);
    return latencies;
  };
}

async function underLoad(label: string, path: string, body: unknown, cookie: string) {
  const importId = (body as { importId?: string }).importId ?? randomUUID();
  const progressSeen = new Set<string>();
  const asset = probeWhile(async () => {
    const response = await fetch(`${url}/brand/throughline-mark.png`);
    await response.arrayBuffer();
  });
  const progress = probeWhile(async () => {
    const input = encodeURIComponent(JSON.stringify({ json: { importId } }));
    const response = await fetch(`${url}/trpc/rosterImport.progress?input=${input}`);
    const answer = (await response.json()) as {
      result?: { data: { json: { done: number; total: number } | null } };
    };
    const seen = answer.result?.data.json;
    if (seen) progressSeen.add(`${Math.round((100 * seen.done) / Math.max(seen.total, 1))}%`);
  });
  const started = performance.now();
  const response = await fetch(`${url}/trpc/${path}`, {
    method: "POST",
    // The test server's public address: a page of Throughline's own sends the request.
    headers: { cookie, "content-type": "application/json", origin: "http://localhost:3000" },
    body: JSON.stringify({ json: body }),
  });
  const text = await response.text();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const [assetTimes, progressTimes] = [await asset(), await progress()];
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${text.slice(0, 300)}`);
  console.log(`${label}: ${seconds} s`);
  console.log(`  static asset    ${summary(assetTimes)}`);
  console.log(`  progress poll   ${summary(progressTimes)}`);
  if (progressSeen.size > 0) console.log(`  progress seen   ${[...progressSeen].join(" ")}`);
}

try {
  const files = generatedRoster({ users: USERS, schools: 300 });
  console.log(
    `${USERS.toLocaleString("en-US")} users; database: ${server.api.kind}; ${loadAverage()}`,
  );
  const cookie = await server.api.sessionCookieFor("admin@maplevalley.test");
  await underLoad("preview", "rosterImport.preview", { files }, cookie);
  await underLoad(
    "import",
    "rosterImport.importFiles",
    { files, importId: randomUUID(), skipBadRows: true },
    cookie,
  );
  console.log(`done; ${loadAverage()}`);
} finally {
  await new Promise((resolve) => http.close(resolve));
  await server.close();
}
