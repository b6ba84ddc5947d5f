import { createHash } from "node:crypto";
import {
  readDashboardSnapshot,
  saveDashboardSnapshot,
} from "@throughline/db/queries/dashboards/dashboard-snapshot";
import {
  dropImpactReportsBuiltBefore,
  IMPACT_KEY_PREFIX,
} from "@throughline/db/queries/impact/impact-kept";
import type { Transaction } from "@throughline/db/tenant";
import type { ImpactReport, ImpactReportInput } from "@throughline/domain/impact-report";
import type { SchoolReach } from "@throughline/domain/rules/access-scope";
import { keepsSnapshot, snapshotRead } from "@throughline/domain/rules/dashboard-snapshot";
import type { TenantScope } from "../../session.ts";
import { type DashboardSource, rebuildAfterAnswer } from "../dashboard/kept-dashboard.ts";
import { assertImpactChoicesAllowed, buildImpactReport } from "./build.ts";

/*
 * A district-sized impact report (thousands of teachers: seconds of database time to build) is
 * kept as the dashboards are (`rules/dashboard-snapshot.ts`): built at most once a minute per
 * period and filter, readers served the kept report while a fresh one is built after the answer.
 * A small one (a school, the seeded district) is built for every request. The reports this
 * process kept or read lately are also held in memory: a district's report by school is a
 * megabyte of JSON, which read back and parsed for every reader cost more than the rest.
 */

interface KeptReport {
  builtAt: Date;
  report: ImpactReport;
}

/** The latest kept reports of this process by district and key, the oldest forgotten first. */
const recent = new Map<string, KeptReport>();
const RECENT_LIMIT = 32;

function remember(memoKey: string, kept: KeptReport): void {
  recent.delete(memoKey);
  recent.set(memoKey, kept);
  for (const oldest of recent.keys()) {
    if (recent.size <= RECENT_LIMIT) break;
    recent.delete(oldest);
  }
}

/** One kept report per viewer's reach and input: a principal never reads another reach's. */
function impactKey(schools: SchoolReach, input: ImpactReportInput): string {
  const reach = schools === "all" ? "all" : [...schools].sort();
  const asked = [input.from, input.to, input.schoolId, input.stageId, input.cohortId, input.by];
  const digest = createHash("sha256")
    .update(JSON.stringify([reach, asked]))
    .digest("hex");
  return `${IMPACT_KEY_PREFIX}${digest}`;
}

function teachersOf(report: ImpactReport): number {
  return report.total.result.withheld ? 0 : report.total.result.figures.enrolled;
}

/** Builds the report and keeps it when it is big enough; drops the district's stale ones. */
async function buildAndKeep(
  ctx: TenantScope,
  source: DashboardSource,
  input: ImpactReportInput,
  key: string,
): Promise<ImpactReport> {
  const memoKey = `${ctx.districtId}:${key}`;
  const now = new Date();
  const started = performance.now();
  const report = await buildImpactReport(ctx, input);
  const teacherCount = teachersOf(report);
  if (keepsSnapshot(teacherCount, source.options)) {
    await dropImpactReportsBuiltBefore(ctx.tx, new Date(now.getTime() - source.options.maxAgeMs));
    await saveDashboardSnapshot(ctx.tx, {
      districtId: ctx.districtId,
      levelKey: key,
      schoolId: null,
      builtAt: now,
      buildMs: Math.round(performance.now() - started),
      teacherCount,
      body: report,
    });
    remember(memoKey, { builtAt: now, report });
  }
  return report;
}

/**
 * The impact report as the router answers it: the viewer's choices are checked first, then the
 * kept report is served when the rule says so, else it is built (and kept when big).
 */
export async function impactReportOf(
  ctx: TenantScope,
  source: DashboardSource,
  input: ImpactReportInput,
): Promise<ImpactReport> {
  await assertImpactChoicesAllowed(ctx, input);
  const key = impactKey(ctx.scope.schools, input);
  const memoKey = `${ctx.districtId}:${key}`;
  const refresh = () =>
    rebuildAfterAnswer(source, key, async (tx: Transaction, now) => {
      // Another process may have rebuilt it: then its copy is the one to hold.
      const again = await readDashboardSnapshot(tx, key);
      if (again && snapshotRead(again, now, source.options) === "serve") {
        remember(memoKey, { builtAt: again.builtAt, report: again.body as ImpactReport });
        return;
      }
      await buildAndKeep({ ...ctx, tx }, source, input, key);
    });
  const now = new Date();
  const held = recent.get(memoKey);
  const heldRead = held ? snapshotRead(held, now, source.options) : "build";
  if (held && heldRead !== "build") {
    if (heldRead === "serve-and-refresh") refresh();
    return { ...held.report, asOf: held.builtAt.toISOString() };
  }
  const stored = await readDashboardSnapshot(ctx.tx, key);
  const read = snapshotRead(stored, now, source.options);
  if (stored && read !== "build") {
    // A report this module kept, read back through JSON: strings and numbers only.
    const report = stored.body as ImpactReport;
    remember(memoKey, { builtAt: stored.builtAt, report });
    if (read === "serve-and-refresh") refresh();
    return { ...report, asOf: stored.builtAt.toISOString() };
  }
  return buildAndKeep(ctx, source, input, key);
}
