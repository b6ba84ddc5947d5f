/**
 * The implementation dashboard and the coach caseload at the size of a big district, on
 * PostgreSQL, in process: builds a district (scale-district.sql: by default 20,000 teachers and
 * about 5.2 million activity rows, in SQL with generate_series) in a database of its own, then
 * measures the district dashboard, one school's dashboard and a coach's caseload of 100
 * teachers at 8 concurrent callers through the same code the routers run, each in a tenant
 * transaction as the application role. Drops the database at the end. `pnpm bench` measures
 * the same figures over HTTP against a bare handler.
 *
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:55432/postgres pnpm bench:scale
 *
 * BENCH_TEACHERS (default 20000, a multiple of 100) sizes the district, so a small run is quick;
 * BENCH_DURATION_MS (default 20000) is how long each figure is measured; the machine's load
 * average is printed beside the figures, since shared machines are noisy.
 * The district dashboard is measured as the router serves it (a level of 20,000 teachers from its
 * kept snapshot, rebuilt after its answer once a minute old); the figure "district-built" builds
 * it for every request instead.
 * BENCH_SCALE_DATABASE=<name> keeps the database under that name and runs on it again when it
 * exists (migrated to the latest first, its summaries rebuilt), so before and after a change are
 * measured on the same rows without generating them twice. BENCH_SCALE_FIGURES (default
 * "district,school,caseload"; also "district-built", and "overview": the admin overview over
 * HTTP from the built platform, with its JSON size; build first; and "impact": the PD impact
 * report in process, scale-impact.ts) picks the figures.
 */
import { loadavg } from "node:os";
import { buildDashboard } from "@throughline/api/dashboard-build";
import { dashboardOf, settleDashboardRebuilds } from "@throughline/api/dashboard-kept";
import { openPostgres } from "@throughline/db/client";
import { migrateDatabase } from "@throughline/db/migrate";
import { getCaseload } from "@throughline/db/queries/caseload/caseload";
import {
  type DashboardReach,
  loadDashboardPeople,
} from "@throughline/db/queries/dashboards/dashboard-people";
import { withTenant } from "@throughline/db/tenant";
import { defaultDashboardSnapshotOptions } from "@throughline/domain/rules/dashboard-snapshot";
import { sql } from "drizzle-orm";
import { rowsOf } from "./bench-database.ts";
import {
  benchTeachers,
  countActivity,
  generateScaleDistrict,
  rebuildScaleSummaries,
  SCALE_DISTRICT_ID,
  SCALE_DISTRICT_NAME,
  scaleDistrictExists,
  scaleId,
} from "./scale-generate.ts";
import { measureImpactReport } from "./scale-impact.ts";
import { measureAdminOverview } from "./scale-overview.ts";

const baseUrl = process.env.TEST_DATABASE_URL;
if (!baseUrl) throw new Error("Set TEST_DATABASE_URL to a PostgreSQL server (superuser).");
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 20_000);
const CONCURRENCY = 8;
const kept = process.env.BENCH_SCALE_DATABASE;
if (kept !== undefined && !/^[a-z_][a-z0-9_]*$/.test(kept)) {
  throw new Error("BENCH_SCALE_DATABASE must be a plain name.");
}
const figures = new Set((process.env.BENCH_SCALE_FIGURES ?? "district,school,caseload").split(","));
const name = kept ?? `bench_scale_${process.pid}`;
const url = new URL(baseUrl);
const benchUrl = Object.assign(new URL(baseUrl), { pathname: `/${name}` }).toString();

const admin = await openPostgres(url.toString());
const existing = rowsOf(
  await admin.db.execute(sql`select 1 from pg_database where datname = ${name}`),
);
if (existing.length === 0) await admin.db.execute(sql.raw(`create database ${name}`));
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(" ");

try {
  const bench = await openPostgres(benchUrl);
  try {
    await migrateDatabase(bench.db, "postgres");
    if (await scaleDistrictExists(bench.db)) {
      const started = performance.now();
      await rebuildScaleSummaries(bench.db);
      console.log(
        `reusing ${name}: summaries rebuilt in ${((performance.now() - started) / 1000).toFixed(0)} s; rows:`,
        await countActivity(bench.db),
      );
    } else {
      const generated = await generateScaleDistrict(bench.db, benchUrl, benchTeachers());
      console.log(
        `generated the district in ${generated.seconds.toFixed(0)} s; rows:`,
        generated.rows,
      );
    }

    const districtId = SCALE_DISTRICT_ID;
    // As the router serves it: a level this big from its kept snapshot, rebuilt after answers.
    const source = {
      db: bench.db,
      districtId,
      districtName: SCALE_DISTRICT_NAME,
      // Rebuilt every 5 s instead of every minute, so the readers' figures include the rebuilds.
      options: { ...defaultDashboardSnapshotOptions, refreshAfterMs: 5_000 },
      reportError: (error: unknown) => console.error(error),
    };
    const anyone = { kept: () => {}, built: () => {} };
    const dashboard = (reach: DashboardReach) => () =>
      withTenant(bench.db, districtId, (tx) => dashboardOf(tx, source, reach, new Date(), anyone));
    // Built for each request, as every dashboard was before snapshots.
    const built = (reach: DashboardReach) => () =>
      withTenant(bench.db, districtId, async (tx) => {
        const people = await loadDashboardPeople(tx, reach);
        return buildDashboard(tx, {
          reach,
          people,
          districtName: SCALE_DISTRICT_NAME,
          now: new Date(),
        });
      });
    const caseload = () =>
      withTenant(bench.db, districtId, (tx) => getCaseload(tx, { personId: scaleId("c0") }));

    const teachers = await caseload();
    console.log(`coach caseload: ${teachers.rows.length} teachers`);
    console.log(
      `${CONCURRENCY} concurrent callers, ${DURATION_MS / 1000} s each, load average before: ${load()}`,
    );
    if (figures.has("district")) {
      const started = performance.now();
      await withTenant(bench.db, districtId, (tx) =>
        tx.execute(sql`delete from dashboard_snapshot where level_key = 'district'`),
      );
      await dashboard({ kind: "district" })();
      console.log(
        `district dashboard: first build, kept as its snapshot, ${(performance.now() - started).toFixed(0)} ms`,
      );
      await measure("district dashboard", dashboard({ kind: "district" }));
      await settleDashboardRebuilds();
    }
    if (figures.has("district-built")) {
      await measure("district, built each time", built({ kind: "district" }));
    }
    if (figures.has("school")) {
      await measure("school dashboard", dashboard({ kind: "school", schoolId: scaleId("s0") }));
    }
    if (figures.has("caseload")) await measure("coach caseload (100)", caseload);
    if (figures.has("overview")) await measureAdminOverview(bench.db, benchUrl, measure);
    if (figures.has("impact")) await measureImpactReport(bench.db, measure);
  } finally {
    await bench.close();
  }
} finally {
  if (kept) console.log(`Kept the database ${name} (BENCH_SCALE_DATABASE=${name} reuses it).`);
  else await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
  await admin.close();
}

async function measure(label: string, run: () => Promise<unknown>): Promise<void> {
  await run();
  const latencies: number[] = [];
  const deadline = performance.now() + DURATION_MS;
  async function worker(): Promise<void> {
    while (performance.now() < deadline) {
      const started = performance.now();
      await run();
      latencies.push(performance.now() - started);
    }
  }
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p = (q: number) => (latencies[Math.floor(q * (latencies.length - 1))] ?? 0).toFixed(0);
  console.log(
    `${label.padEnd(22)} ${(latencies.length / seconds).toFixed(1).padStart(7)} req/s   p50 ${p(0.5)} ms   p95 ${p(0.95)} ms   p99 ${p(0.99)} ms   (${latencies.length} requests, load ${load()})`,
  );
}
