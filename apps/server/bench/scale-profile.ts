/**
 * Where one dashboard request's time goes on a kept scale database (BENCH_SCALE_DATABASE, made
 * by `pnpm bench:scale`): each facts query of a level timed alone, then the whole build, one
 * caller at a time. BENCH_SCALE_LEVEL is "district" (default) or "school". Then, for a school,
 * the processor time of one request as the router serves it (node's and the PostgreSQL
 * backend's, over BENCH_SCALE_CALLS calls, default 200) and each of its statements' planning and
 * execution time from EXPLAIN (ANALYZE, BUFFERS) as the application role.
 *
 *   TEST_DATABASE_URL=… BENCH_SCALE_DATABASE=bench_scale tsx bench/scale-profile.ts
 */
import { loadavg } from "node:os";
import { buildDashboard } from "@throughline/api/dashboard-build";
import { dashboardOf } from "@throughline/api/dashboard-kept";
import { openPostgres } from "@throughline/db/client";
import { loadTeamBlockUse } from "@throughline/db/queries/dashboards/dashboard-block-use";
import { loadDashboardFacts } from "@throughline/db/queries/dashboards/dashboard-facts";
import { loadMeetingMinutes } from "@throughline/db/queries/dashboards/dashboard-meeting-minutes";
import {
  type DashboardReach,
  loadDashboardPeople,
} from "@throughline/db/queries/dashboards/dashboard-people";
import { teachersInReach, teamsInReach } from "@throughline/db/queries/dashboards/dashboard-reach";
import { loadSessionSummaries } from "@throughline/db/queries/dashboards/dashboard-sessions";
import { loadEnrolmentProgressSummary } from "@throughline/db/queries/enrolments/stage-progress-summary";
import { openCostDatabase } from "@throughline/db/statement-cost";
import { type Transaction, withTenant } from "@throughline/db/tenant";
import { dashboardWindow } from "@throughline/domain/dashboard-metrics";
import { defaultDashboardSnapshotOptions } from "@throughline/domain/rules/dashboard-snapshot";

import { SCALE_DISTRICT_ID, SCALE_DISTRICT_NAME, scaleId } from "./scale-generate.ts";

const baseUrl = process.env.TEST_DATABASE_URL;
const name = process.env.BENCH_SCALE_DATABASE;
if (!baseUrl || !name) throw new Error("Set TEST_DATABASE_URL and BENCH_SCALE_DATABASE.");
const url = Object.assign(new URL(baseUrl), { pathname: `/${name}` }).toString();
const reach: DashboardReach =
  process.env.BENCH_SCALE_LEVEL === "school"
    ? { kind: "school", schoolId: scaleId("s0") }
    : { kind: "district" };
const bench = await openPostgres(url);
const window = dashboardWindow(new Date());
const teachers = teachersInReach(reach);
const teams = teamsInReach(reach);
const { from, to } = window;

async function time(label: string, run: (tx: Transaction) => Promise<unknown>): Promise<void> {
  const spent: number[] = [];
  for (let round = 0; round < 4; round += 1) {
    const started = performance.now();
    await withTenant(bench.db, SCALE_DISTRICT_ID, run);
    spent.push(performance.now() - started);
  }
  spent.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(24)} best ${spent[0]?.toFixed(0)} ms, median ${spent[2]?.toFixed(0)} ms`,
  );
}

try {
  await time("people", (tx) => loadDashboardPeople(tx, reach));
  await time("enrolment progress", (tx) => loadEnrolmentProgressSummary(tx, teachers));
  await time("session summaries", (tx) =>
    loadSessionSummaries(tx, {
      teachers,
      from,
      to,
      paceFrom: window.paceFrom,
      wholeDistrict: reach.kind === "district",
    }),
  );
  await time("meeting minutes", (tx) => loadMeetingMinutes(tx, { teachers, from, to }));
  await time("team block use", (tx) => loadTeamBlockUse(tx, { teams, from, to }));
  await time("all facts", (tx) =>
    loadDashboardFacts(tx, {
      reach,
      from,
      to,
      paceFrom: window.paceFrom,
      schoolYear: window.schoolYear,
    }),
  );
  await time("whole build", async (tx) => {
    const people = await loadDashboardPeople(tx, reach);
    return buildDashboard(tx, { reach, people, districtName: SCALE_DISTRICT_NAME, now: to });
  });
} finally {
  await bench.close();
}

if (reach.kind === "school") {
  const cost = await openCostDatabase(url);
  try {
    const source = {
      db: cost.db,
      districtId: SCALE_DISTRICT_ID,
      districtName: SCALE_DISTRICT_NAME,
      options: defaultDashboardSnapshotOptions,
      reportError: (error: unknown) => console.error(error),
    };
    const anyone = { kept: () => {}, built: () => {} };
    // As the router serves it: the snapshot looked up, then built (a school of 50 is not kept).
    const request = () =>
      withTenant(cost.db, SCALE_DISTRICT_ID, (tx) =>
        dashboardOf(tx, source, reach, new Date(), anyone),
      );
    const calls = Number(process.env.BENCH_SCALE_CALLS ?? 200);
    await cost.cpuPerCall(request, 20);
    for (let round = 0; round < 3; round += 1) {
      const spent = await cost.cpuPerCall(request, calls);
      console.log(
        `processor time per request: node ${spent.node.toFixed(2)} ms, PostgreSQL ${spent.pg.toFixed(2)} ms (${calls} calls, load ${loadavg()[0]?.toFixed(1)})`,
      );
    }
    const statements = await cost.record(request);
    const explained = await cost.explain(statements, SCALE_DISTRICT_ID, 3);
    let planning = 0;
    let execution = 0;
    for (const row of explained) {
      planning += row.planningMs;
      execution += row.executionMs;
      console.log(
        `${row.planningMs.toFixed(2).padStart(6)} + ${row.executionMs.toFixed(2).padStart(6)} ms ${String(row.rows).padStart(5)} rows ${String(row.sharedBlocks).padStart(6)} blocks  ${row.query}`,
      );
    }
    console.log(
      `${explained.length} statements: planning ${planning.toFixed(1)} ms + execution ${execution.toFixed(1)} ms (unprepared, best of 3)`,
    );
  } finally {
    await cost.close();
  }
}
