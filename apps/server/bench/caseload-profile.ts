/**
 * Where a coach caseload's processor time goes, on a kept scale database (BENCH_SCALE_DATABASE,
 * made by `pnpm bench:scale`): the bench's coach (100 teachers) read one caller at a time, with
 * node's CPU per call (`process.cpuUsage`) and PostgreSQL's (the pool's backends, from
 * /proc/<pid>/stat: the server must run on this machine); then each statement the caseload sends,
 * with its real parameters, under EXPLAIN (ANALYZE, BUFFERS) as the application role in a tenant
 * transaction, as it runs (BENCH_CASELOAD_PLANS=on prints the plans, timed), best of
 * BENCH_CASELOAD_EXPLAINS (default 10); and how each prepared statement was planned.
 *
 *   TEST_DATABASE_URL=… BENCH_SCALE_DATABASE=scale20k tsx bench/caseload-profile.ts
 *
 * BENCH_CASELOAD_BASELINE=<module> also loads another `getCaseload` (e.g. a copy of the previous
 * code) and alternates the two, round by round; BENCH_CASELOAD_CALLS (default 60) calls a round,
 * BENCH_CASELOAD_ROUNDS (default 3) rounds, BENCH_CASELOAD_CALLERS (default 1) callers at once
 * (8 gives `bench:scale`'s load, old and new alternating, with req/s and p50/p95).
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { openPostgres } from "@throughline/db/client";
import { getCaseload } from "@throughline/db/queries/caseload/caseload";
import { type Transaction, withTenant } from "@throughline/db/tenant";
import { type SQL, sql } from "drizzle-orm";
import { SCALE_DISTRICT_ID, scaleId } from "./scale-generate.ts";

type CaseloadOf = (tx: Transaction, params: { personId: string }) => Promise<unknown>;

const baseUrl = process.env.TEST_DATABASE_URL;
const name = process.env.BENCH_SCALE_DATABASE;
if (!baseUrl || !name) throw new Error("Set TEST_DATABASE_URL and BENCH_SCALE_DATABASE.");
const url = Object.assign(new URL(baseUrl), { pathname: `/${name}` }).toString();
const EXPLAINS = Number(process.env.BENCH_CASELOAD_EXPLAINS ?? 10);
const CALLS = Number(process.env.BENCH_CASELOAD_CALLS ?? 60);
const ROUNDS = Number(process.env.BENCH_CASELOAD_ROUNDS ?? 3);
const CALLERS = Number(process.env.BENCH_CASELOAD_CALLERS ?? 1);
const coach = scaleId("c0");
const variants: [string, CaseloadOf][] = [["current", getCaseload]];
const baseline = process.env.BENCH_CASELOAD_BASELINE;
if (baseline) {
  const module: { getCaseload: CaseloadOf } = await import(baseline);
  variants.unshift(["baseline", module.getCaseload]);
}

const bench = await openPostgres(url);
/** postgres.js calls `options.debug` with each statement it sends and its parameters. */
const client = ("$client" in bench.db ? bench.db.$client : undefined) as {
  options: { debug?: unknown };
};
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(" ");

/** CPU ticks (1/100 s) a process has used, user and system. */
function ticksOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

/** The pool's backends: as many callers at once as the pool has connections. */
async function backendPids(): Promise<number[]> {
  const pids = await Promise.all(
    Array.from({ length: 10 }, () =>
      withTenant(bench.db, SCALE_DISTRICT_ID, async (tx) => {
        const [row] = (await tx.execute(
          sql`select pg_backend_pid() as pid, pg_sleep(0.05)`,
        )) as unknown as { pid: number }[];
        return Number(row?.pid);
      }),
    ),
  );
  return [...new Set(pids)];
}

/** The value below which `share` of the sorted values lie. */
function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
}

/** CALLS calls by CALLERS callers at once; CPU per call and, with several callers, latency. */
async function round(label: string, run: CaseloadOf, pids: number[]): Promise<void> {
  const ticks = () => pids.reduce((sum, pid) => sum + ticksOf(pid), 0);
  const pgBefore = ticks();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const latencies: number[] = [];
  let left = CALLS;
  async function caller(): Promise<void> {
    while (left > 0) {
      left -= 1;
      const begun = performance.now();
      await withTenant(bench.db, SCALE_DISTRICT_ID, (tx) => run(tx, { personId: coach }));
      latencies.push(performance.now() - begun);
    }
  }
  await Promise.all(Array.from({ length: CALLERS }, caller));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const nodeMs = (cpu.user + cpu.system) / 1000 / CALLS;
  const pgMs = ((ticks() - pgBefore) * 10) / CALLS;
  latencies.sort((x, y) => x - y);
  console.log(
    `${label.padEnd(9)} node ${nodeMs.toFixed(2)} ms, postgres ${pgMs.toFixed(2)} ms per call; ${(CALLS / seconds).toFixed(1)} req/s, p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p95 ${percentile(latencies, 0.95).toFixed(1)} ms (load ${load()})`,
  );
}

/** Timing each plan node costs more than many of the nodes themselves: on only to read plans. */
const timing = process.env.BENCH_CASELOAD_PLANS === "on" ? "on" : "off";

/** A sent statement's text with its parameters bound again as parameters. */
function withParameters(text: string, parameters: unknown[]): SQL {
  const parts = text.split(/\$(\d+)/);
  return sql.join(
    parts.map((part, index) =>
      index % 2 === 0 ? sql.raw(part) : sql.param(parameters[Number(part) - 1]),
    ),
  );
}

interface Sent {
  text: string;
  parameters: unknown[];
}

/** Each statement the caseload sends, then each under EXPLAIN ANALYZE, best of five. */
async function explain(label: string, run: CaseloadOf): Promise<void> {
  const sent: Sent[] = [];
  const previous = client.options.debug;
  client.options.debug = (_id: number, text: string, parameters: unknown[]) =>
    sent.push({ text, parameters });
  await withTenant(bench.db, SCALE_DISTRICT_ID, (tx) => run(tx, { personId: coach }));
  client.options.debug = previous;
  let planning = 0;
  let execution = 0;
  for (const { text, parameters } of sent) {
    if (!/^\s*(select|with)/i.test(text)) continue;
    let best = { planning: Number.POSITIVE_INFINITY, execution: Number.POSITIVE_INFINITY };
    let plan = "";
    for (let time = 0; time < EXPLAINS; time += 1) {
      const result = await withTenant(bench.db, SCALE_DISTRICT_ID, (tx) =>
        tx.execute(
          withParameters(`explain (analyze, buffers, timing ${timing}) ${text}`, parameters),
        ),
      );
      plan = [...(result as unknown as Record<string, unknown>[])]
        .map((line) => String(Object.values(line)[0]))
        .join("\n");
      const ms = (what: string) => Number(new RegExp(`${what} Time: ([\\d.]+) ms`).exec(plan)?.[1]);
      if (ms("Execution") < best.execution) {
        best = { planning: ms("Planning"), execution: ms("Execution") };
      }
    }
    planning += best.planning;
    execution += best.execution;
    console.log(
      `\n[${label}] planning ${best.planning.toFixed(2)} ms, execution ${best.execution.toFixed(2)} ms: ${text.replace(/\s+/g, " ").slice(0, 160)}…`,
    );
    if (process.env.BENCH_CASELOAD_PLANS === "on") console.log(plan);
  }
  console.log(
    `[${label}] ${sent.length} messages; select statements: planning ${planning.toFixed(2)} ms, execution ${execution.toFixed(2)} ms`,
  );
}

try {
  const pids = await backendPids();
  console.log(`${CALLS} calls a round, ${CALLERS} at once, ${pids.length} pooled backends`);
  for (const [, run] of variants) {
    for (let warm = 0; warm < 20; warm += 1) {
      await withTenant(bench.db, SCALE_DISTRICT_ID, (tx) => run(tx, { personId: coach }));
    }
  }
  for (let index = 0; index < ROUNDS; index += 1) {
    for (const [label, run] of variants) await round(label, run, pids);
  }
  for (const [label, run] of variants) await explain(label, run);
  // How PostgreSQL planned the prepared statements on one pooled connection: a custom plan is
  // planned again on every execution, a generic one once.
  const plans: unknown = await withTenant(bench.db, SCALE_DISTRICT_ID, (tx) =>
    tx.execute(sql`select generic_plans as generic, custom_plans as custom,
      left(regexp_replace(statement, '[[:space:]]+', ' ', 'g'), 70) as statement
      from pg_prepared_statements where statement ~* '^[[:space:]]*(select|with)' order by custom_plans desc`),
  );
  console.table(plans);
} finally {
  await bench.close();
}
