import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { type Endpoint, type LoadOptions, measureAb } from "./ab-load.ts";
import { openBenchDatabase, personByEmail, serverVersion } from "./bench-database.ts";
import { type BenchProcess, startBare, startPlatform } from "./bench-processes.ts";
import {
  failureLines,
  frontTable,
  progressLine,
  type RequestFigure,
  requestTable,
} from "./bench-report.ts";
import { sessionCookie } from "./bench-sign-in.ts";
import { FRONT_PEOPLE, measureFront } from "./front-figures.ts";
import {
  addScaleLogins,
  benchTeachers,
  countActivity,
  generateScaleDistrict,
  SCALE_DISTRICT_NAME,
  scaleDistrictExists,
  scaleId,
} from "./scale-generate.ts";

/*
 * `pnpm bench`: the platform against the floor, in one run. Each hot procedure is served by the
 * built server (tRPC over HTTP, signed in, on PostgreSQL) and by a bare node:http handler
 * running the same query functions in the same tenant transaction (bare-server.ts), the two
 * alternating in short rounds (ab-load.ts); then each app's first download and Lighthouse's
 * mobile scores; then the coach caseload and the dashboards on a generated district
 * (scale-district.sql). Ends with Markdown tables and the load average at start and end.
 *
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:55432/postgres pnpm bench
 *
 * BENCH_DURATION_MS  measured time per side and figure (default 10000), in rounds of
 * BENCH_ROUND_MS     (default 1000), at BENCH_CONCURRENCY connections (default 8);
 * BENCH_TEACHERS     the generated district's size (default 20000; 0 leaves that part out);
 * BENCH_LIGHTHOUSE   "off" leaves the Lighthouse scores out;
 * BENCH_KEEP_DATABASE=true / BENCH_DATABASE=<name>  keep the database / run on a kept one;
 * BENCH_PLATFORM_ENTRY=src/main.ts  the platform from that source entry under tsx, not the build;
 * BENCH_PLATFORM_PROFILE=<folder>  the platform writes a V8 CPU profile there when it stops.
 */

const options: LoadOptions = {
  concurrency: Number(process.env.BENCH_CONCURRENCY ?? 8),
  durationMs: Number(process.env.BENCH_DURATION_MS ?? 10_000),
  roundMs: Number(process.env.BENCH_ROUND_MS ?? 1000),
  warmupMs: Number(process.env.BENCH_WARMUP_MS ?? 1000),
};
const teachers = benchTeachers();
const loadNow = () => loadavg()[0] ?? 0;
const loadLine = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(" / ");

interface Actor {
  cookie: string;
  /** The session token inside the signed cookie (the bare handler's viewer.me reads by it). */
  token: string;
  districtId: string;
  personId: string;
}

async function actor(
  platform: BenchProcess,
  db: Parameters<typeof personByEmail>[0],
  email: string,
): Promise<Actor> {
  const cookie = await sessionCookie(platform, email);
  return { cookie, token: sessionToken(cookie), ...(await personByEmail(db, email)) };
}

/** Better Auth's signed cookie is `token.signature`, URL-encoded. */
function sessionToken(cookie: string): string {
  const signed = cookie
    .split("; ")
    .find((pair) => pair.split("=")[0]?.endsWith("session_token"))
    ?.split("=")[1];
  if (!signed) throw new Error("Signing in set no session cookie.");
  const value = decodeURIComponent(signed);
  return value.slice(0, value.lastIndexOf("."));
}

function trpcEndpoint(platform: BenchProcess, who: Actor, path: string, input?: unknown): Endpoint {
  const query =
    input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  return {
    url: `${platform.url}/trpc/${path}${query}`,
    headers: { cookie: who.cookie },
    processorMs: platform.processorMs,
  };
}

function bareEndpoint(
  bare: BenchProcess,
  who: Actor,
  path: string,
  extra: Record<string, string> = {},
): Endpoint {
  const query = new URLSearchParams({
    district: who.districtId,
    person: who.personId,
    token: who.token,
    ...extra,
  });
  return { url: `${bare.url}/${path}?${query}`, processorMs: bare.processorMs };
}

/**
 * Sorted-key JSON, so two answers compare by content; a timestamp within five minutes of now
 * (the moment each side computed its answer at) compares as "now".
 */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, entry: unknown) => {
    if (typeof entry === "string" && /^\d{4}-\d\d-\d\dT/.test(entry)) {
      return Math.abs(Date.parse(entry) - Date.now()) < 300_000 ? "now" : entry;
    }
    return entry && typeof entry === "object" && !Array.isArray(entry)
      ? Object.fromEntries(Object.entries(entry).sort(([a], [b]) => a.localeCompare(b)))
      : entry;
  });
}

async function answerOf(endpoint: Endpoint): Promise<unknown> {
  const response = await fetch(endpoint.url, { headers: endpoint.headers });
  if (!response.ok) {
    throw new Error(`${endpoint.url} answered ${response.status}: ${await response.text()}`);
  }
  return response.json();
}

/** Both sides must do the same work: their answers are compared once before measuring. */
async function compareAnswers(platform: Endpoint, bare: Endpoint): Promise<string> {
  const platformBody = (await answerOf(platform)) as { result?: { data?: { json?: unknown } } };
  const same = canonical(platformBody.result?.data?.json) === canonical(await answerOf(bare));
  return same
    ? ""
    : " (the answers differ: the bare handler no longer runs what the procedure runs)";
}

const figures: RequestFigure[] = [];
async function figure(
  label: string,
  data: string,
  platform: Endpoint,
  bare: Endpoint,
): Promise<void> {
  const differs = await compareAnswers(platform, bare);
  const before = loadNow();
  const measured = await measureAb(platform, bare, options);
  const entry: RequestFigure = { label, data, figures: measured, load: [before, loadNow()] };
  figures.push(entry);
  console.log(`${progressLine(entry)}${differs}`);
  for (const line of failureLines(entry)) console.log(line);
}

const loadAtStart = loadLine();
const workDir = await mkdtemp(join(tmpdir(), "throughline-bench-"));
const database = await openBenchDatabase();
const servers: BenchProcess[] = [];
try {
  const platform = await startPlatform(database.url, workDir);
  servers.push(platform);
  const bare = await startBare(database.url, workDir);
  servers.push(bare);
  /** A procedure that takes no input, asked of both servers as the same person. */
  const procedureFigure = (procedure: string, data: string, who: Actor) =>
    figure(
      procedure,
      data,
      trpcEndpoint(platform, who, procedure),
      bareEndpoint(bare, who, procedure),
    );
  const version = await serverVersion(database.owner);
  console.log(
    `${version}; ${options.concurrency} connections; ${options.durationMs / 1000} s per side and figure in rounds of ${options.roundMs / 1000} s, platform and bare alternating; load average (1 / 5 / 15 min) at start ${loadAtStart}`,
  );

  console.log("\nThe demo district (Maple Valley):");
  const teacher = await actor(platform, database.owner, FRONT_PEOPLE.teacher);
  await procedureFigure("viewer.me", "demo teacher", teacher);
  await procedureFigure("teacher.home", "demo teacher", teacher);

  console.log("\nFront end (the demo; Lighthouse's mobile emulation, simulated slow 4G):");
  const front = await measureFront(platform, {
    lighthouse: process.env.BENCH_LIGHTHOUSE !== "off",
  });
  console.log(`  done, load ${loadNow().toFixed(1)}`);

  if (teachers > 0) {
    console.log(`\nA generated district of ${teachers.toLocaleString("en-US")} teachers:`);
    if (await scaleDistrictExists(database.owner.db)) {
      console.log("  already in this database");
    } else {
      const generated = await generateScaleDistrict(database.owner.db, database.url, teachers);
      console.log(`  generated in SQL in ${generated.seconds.toFixed(0)} s`);
    }
    const rows = await countActivity(database.owner.db);
    console.log(
      `  activity rows: ${Object.entries(rows)
        .map(([table, count]) => `${table} ${count.toLocaleString("en-US")}`)
        .join(", ")}`,
    );
    const emails = await addScaleLogins(database.owner.db, ["c0", "p0", "admin"]);
    const coach = await actor(platform, database.owner, emails.c0 ?? "");
    const principal = await actor(platform, database.owner, emails.p0 ?? "");
    const admin = await actor(platform, database.owner, emails.admin ?? "");
    const schoolId = scaleId("s0");
    const named = { districtName: SCALE_DISTRICT_NAME };
    await procedureFigure("caseload.mine", "coach of 100 teachers", coach);
    await figure(
      "dashboard.school",
      "principal, 50 teachers",
      trpcEndpoint(platform, principal, "dashboard.school", { schoolId }),
      bareEndpoint(bare, principal, "dashboard.school", { ...named, school: schoolId }),
    );
    await figure(
      "dashboard.district",
      `district admin, ${teachers.toLocaleString("en-US")} teachers`,
      trpcEndpoint(platform, admin, "dashboard.district", { level: "district" }),
      bareEndpoint(bare, admin, "dashboard.district", named),
    );
  }

  console.log(`\nLoad average (1 / 5 / 15 min): at start ${loadAtStart}; at end ${loadLine()}\n`);
  console.log(requestTable(figures));
  console.log("");
  console.log(frontTable(front.rows, front.lighthouse));
} finally {
  for (const server of servers) await server.stop();
  await database.finish();
  await rm(workDir, { recursive: true, force: true });
}
