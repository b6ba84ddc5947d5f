import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { demoPeople } from "@throughline/db/seed/demo-logins";
import { type Endpoint, type LoadOptions, measureInTurns, type SideFigures } from "./ab-load.ts";
import { openBenchDatabase, personByEmail } from "./bench-database.ts";
import { type BenchProcess, startBare, startPlatform } from "./bench-processes.ts";
import { sessionCookie } from "./bench-sign-in.ts";

/*
 * `pnpm bench:request-cost`: `viewer.me` and `teacher.home` only, the built platform against the
 * bare handler as `pnpm bench` measures them, and against itself with sessions read on every
 * request (SESSION_CACHE_SECONDS=0), and with BENCH_BASELINE_ENTRY=<another build>
 * (say `dist-before/main.js`, a copy of dist/ made before a change) that build too, the sides
 * taking turns in rounds; then the teacher home's first batch as the app asks it, answered by the
 * direct path and by the full pipeline (and `sessionFeedback.pending` alone, and the batch by
 * the baseline's direct path). Beside each side's req/s and latencies it prints the processor time
 * per request of its node process and of the bench database's PostgreSQL backends, read from
 * /proc around its rounds (only one side is loaded at a time).
 *
 *   cd apps/server && TEST_DATABASE_URL=… BENCH_BASELINE_ENTRY=dist-before/main.js \
 *     tsx bench/request-cost.ts
 *
 * BENCH_DURATION_MS, BENCH_ROUND_MS, BENCH_CONCURRENCY as for `pnpm bench`.
 */

const options: LoadOptions = {
  concurrency: Number(process.env.BENCH_CONCURRENCY ?? 8),
  durationMs: Number(process.env.BENCH_DURATION_MS ?? 10_000),
  roundMs: Number(process.env.BENCH_ROUND_MS ?? 1000),
  warmupMs: Number(process.env.BENCH_WARMUP_MS ?? 1000),
};
const baselineEntry = process.env.BENCH_BASELINE_ENTRY;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(" / ");

/** User + system ms of every PostgreSQL backend of the bench database (by process title). */
function backendsMs(databaseName: string): number {
  let total = 0;
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const title = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (!title.startsWith("postgres: ") || !title.includes(` ${databaseName} `)) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      total += (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      // A process that ended while listing.
    }
  }
  return total;
}

const workDir = await mkdtemp(join(tmpdir(), "throughline-request-cost-"));
const database = await openBenchDatabase();
const servers: BenchProcess[] = [];

interface Side {
  name: string;
  endpoint: (path: string) => Endpoint;
}

try {
  const secret = randomBytes(32).toString("hex");
  const platform = await startPlatform(database.url, workDir, { secret });
  servers.push(platform);
  const sides: Side[] = [];
  const teacherEmail = demoPeople.teacher.email;
  const cookie = await sessionCookie(platform, teacherEmail);
  const teacher = await personByEmail(database.owner, teacherEmail);
  const signed = decodeURIComponent(
    cookie
      .split("; ")
      .find((pair) => pair.split("=")[0]?.endsWith("session_token"))
      ?.split("=")[1] ?? "",
  );
  const token = signed.slice(0, signed.lastIndexOf("."));
  const trpc = (server: BenchProcess) => (path: string) => ({
    url: `${server.url}/trpc/${path}`,
    headers: { cookie },
    processorMs: server.processorMs,
  });
  sides.push({ name: "platform", endpoint: trpc(platform) });
  let baselineServer: BenchProcess | undefined;
  if (baselineEntry) {
    const baseline = await startPlatform(database.url, workDir, {
      builtEntry: baselineEntry,
      name: "baseline",
      secret,
    });
    servers.push(baseline);
    baselineServer = baseline;
    // Signing in runs Better Auth, whose AsyncLocalStorage then stays on in that process: both
    // platforms sign in so both pay it.
    await sessionCookie(baseline, teacherEmail);
    sides.push({ name: `baseline (${baselineEntry})`, endpoint: trpc(baseline) });
  }
  // The platform reading the session on every request (no session cache), as it does on the
  // embedded database: what keeping sessions saves, and the comparison at the same SQL.
  const uncached = await startPlatform(database.url, workDir, {
    name: "platform-sessions-read",
    secret,
    env: { SESSION_CACHE_SECONDS: "0" },
  });
  servers.push(uncached);
  await sessionCookie(uncached, teacherEmail);
  sides.push({ name: "platform, session read each time", endpoint: trpc(uncached) });
  const bare = await startBare(database.url, workDir);
  servers.push(bare);
  const query = new URLSearchParams({
    district: teacher.districtId,
    person: teacher.personId,
    token,
  });
  sides.push({
    name: "bare",
    endpoint: (path) => ({ url: `${bare.url}/${path}?${query}`, processorMs: bare.processorMs }),
  });
  console.log(
    `${options.concurrency} connections, ${options.durationMs / 1000} s per side in rounds of ${options.roundMs / 1000} s, sides in turns; load ${load()}`,
  );
  for (const path of ["viewer.me", "teacher.home"]) {
    await measureFigure(
      path,
      sides.map((side) => ({ name: side.name, endpoint: side.endpoint(path) })),
    );
  }
  // The list the home asks for with it (the bare handler has no such query).
  await measureFigure("sessionFeedback.pending", [
    { name: "platform", endpoint: trpc(platform)("sessionFeedback.pending") },
    ...(baselineServer
      ? [{ name: "baseline", endpoint: trpc(baselineServer)("sessionFeedback.pending") }]
      : []),
  ]);
  // The teacher home's first data as the app asks it, a batch of two queries: answered by the
  // direct path, and by the full pipeline (Hono, tRPC's fetch adapter), which takes the same
  // batch when a comma in its path is written %2C.
  const batchInput = encodeURIComponent(
    JSON.stringify({
      0: { json: null, meta: { values: ["undefined"], v: 1 } },
      1: { json: null, meta: { values: ["undefined"], v: 1 } },
    }),
  );
  const batch = (comma: string) =>
    `teacher.home${comma}sessionFeedback.pending?batch=1&input=${batchInput}`;
  await measureFigure("the teacher home's first batch (teacher.home, sessionFeedback.pending)", [
    { name: "platform, direct", endpoint: trpc(platform)(batch(",")) },
    { name: "platform, full pipeline", endpoint: trpc(platform)(batch("%2C")) },
    ...(baselineServer
      ? [{ name: "baseline, direct", endpoint: trpc(baselineServer)(batch(",")) }]
      : []),
  ]);
} finally {
  for (const server of servers) await server.stop();
  await database.finish();
  await rm(workDir, { recursive: true, force: true });
}

/**
 * One figure, its sides in turns. ab-load reads a side's processor time before and after each
 * of its rounds, the first round being the unmeasured warm-up; only that side is loaded
 * meanwhile, so PostgreSQL's time over the same rounds is its share.
 */
async function measureFigure(
  label: string,
  sides: readonly { name: string; endpoint: Endpoint }[],
): Promise<void> {
  const pgMs = sides.map(() => 0);
  const endpoints = sides.map(({ endpoint }, index): Endpoint => {
    let reads = 0;
    let pgBefore = 0;
    return {
      ...endpoint,
      processorMs: () => {
        const pgNow = backendsMs(database.name);
        if (reads % 2 === 0) pgBefore = pgNow;
        else if (reads > 1) pgMs[index] = (pgMs[index] ?? 0) + pgNow - pgBefore;
        reads += 1;
        return endpoint.processorMs?.() ?? 0;
      },
    };
  });
  const before = load();
  const figures = await measureInTurns(endpoints, options);
  console.log(`\n${label} (load ${before} → ${load()})`);
  for (const [index, figure] of figures.entries()) {
    printSide(sides[index]?.name ?? "", figure, figures, (pgMs[index] ?? 0) / figure.requests);
  }
}

function printSide(
  name: string,
  figure: SideFigures,
  all: readonly SideFigures[],
  pgMsPerRequest: number,
): void {
  // Against the last side (the bare handler, or the full pipeline for the batch).
  const last = all[all.length - 1];
  const ratio = last && last.perSecond > 0 ? figure.perSecond / last.perSecond : 0;
  const cpu = figure.processorMsPerRequest?.toFixed(2) ?? "–";
  console.log(
    `  ${name.padEnd(34)} ${figure.perSecond.toFixed(0).padStart(6)} req/s  p50/p95/p99 ${figure.p50.toFixed(1)} / ${figure.p95.toFixed(1)} / ${figure.p99.toFixed(1)} ms  CPU each: node ${cpu} ms, PostgreSQL ${pgMsPerRequest.toFixed(2)} ms  ${(ratio * 100).toFixed(0)} % of the last${figure.failed ? `  ${figure.failed} failed: ${figure.firstFailure}` : ""}`,
  );
}
