import { readFileSync } from "node:fs";
import { buildImpactReport } from "@throughline/api/impact-build";
import { impactReportOf } from "@throughline/api/impact-kept";
import { withViewer } from "@throughline/api/session";
import type { Database } from "@throughline/db/client";
import { withTenant } from "@throughline/db/tenant";
import { type ImpactReportInput, impactReportInputSchema } from "@throughline/domain/impact-report";
import { defaultDashboardSnapshotOptions } from "@throughline/domain/rules/dashboard-snapshot";
import { sql } from "drizzle-orm";
import { rowsOf } from "./bench-database.ts";
import { SCALE_DISTRICT_ID, SCALE_DISTRICT_NAME, scaleId } from "./scale-generate.ts";

/**
 * The PD impact report of the generated district, in process through the router's own code,
 * each request in a tenant transaction as the viewer: the district admin over the whole district
 * for the school year by school and by stage, and the first school's principal by cohort. Each
 * is built once alone (its build time, with no other caller), then measured as the router serves
 * it (8 callers): kept, and rebuilt after the answer once 5 s old instead of a minute, so the
 * figures include the rebuilds. Prints the processor time per request of node (this process)
 * and of PostgreSQL (the pool's backends, from /proc: the server must run on this machine),
 * which hold better than latency on a shared machine.
 */
export async function measureImpactReport(
  db: Database,
  measure: (label: string, run: () => Promise<unknown>) => Promise<void>,
): Promise<void> {
  const year = { from: "2026-08-01", to: "2027-07-31" };
  const source = {
    db,
    districtId: SCALE_DISTRICT_ID,
    districtName: SCALE_DISTRICT_NAME,
    options: { ...defaultDashboardSnapshotOptions, refreshAfterMs: 5_000 },
    reportError: (error: unknown) => console.error(error),
  };
  const asked: { label: string; who: string; input: Partial<ImpactReportInput> }[] = [
    { label: "impact, district by school", who: "admin", input: { ...year, by: "school" } },
    { label: "impact, district by stage", who: "admin", input: { ...year, by: "stage" } },
    { label: "impact, principal", who: "p0", input: { ...year, by: "cohort" } },
  ];
  for (const { label, who, input } of asked) {
    const parsed = impactReportInputSchema.parse(input);
    const asViewer = <T>(fn: Parameters<typeof withViewer<T>>[2]) =>
      withViewer(db, { districtId: SCALE_DISTRICT_ID, personId: scaleId(who) }, fn);
    const started = performance.now();
    const report = await asViewer((scope) => {
      if (!scope) throw new Error(`${who} is not an active person of the district`);
      return buildImpactReport(scope, parsed);
    });
    console.log(
      `${label}: built alone in ${(performance.now() - started).toFixed(0)} ms, ${report.groups.length} groups, ${(JSON.stringify(report).length / 1024).toFixed(0)} KB, total ${JSON.stringify(report.total.result)}`,
    );
    const pids = await backendPids(db);
    const postgresTicks = () => pids.reduce((sum, pid) => sum + ticksOf(pid), 0);
    let requests = 0;
    const ticksBefore = postgresTicks();
    const cpuBefore = process.cpuUsage();
    await measure(label, () => {
      requests += 1;
      return asViewer((scope) => {
        if (!scope) throw new Error(`${who} is not an active person of the district`);
        return impactReportOf(scope, source, parsed);
      });
    });
    const cpu = process.cpuUsage(cpuBefore);
    console.log(
      `${label}: processor time per request, node ${((cpu.user + cpu.system) / 1000 / requests).toFixed(1)} ms, postgres ${(((postgresTicks() - ticksBefore) * 10) / requests).toFixed(1)} ms (rebuilds after answers included)`,
    );
  }
}

/** CPU ticks (1/100 s) a process has used, user and system, from /proc/<pid>/stat. */
function ticksOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

/** The pool's backends: as many transactions at once as the pool has connections. */
async function backendPids(db: Database): Promise<number[]> {
  const pids = await Promise.all(
    Array.from({ length: 12 }, () =>
      withTenant(db, SCALE_DISTRICT_ID, async (tx) =>
        rowsOf<{ pid: number }>(
          await tx.execute(sql`select pg_backend_pid() as pid, pg_sleep(0.05)`),
        ).map((row) => Number(row.pid)),
      ),
    ),
  );
  return [...new Set(pids.flat())];
}
