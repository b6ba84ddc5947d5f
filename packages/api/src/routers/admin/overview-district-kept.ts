import type { Transaction } from "@throughline/db/client";
import { schoolAttentionCounts } from "@throughline/db/queries/caseload/school-attention-counts";
import {
  readDashboardSnapshot,
  saveDashboardSnapshot,
} from "@throughline/db/queries/dashboards/dashboard-snapshot";
import { districtWalkthroughCoverage } from "@throughline/db/queries/home-pages/admin-overview-parts";
import {
  type OverviewSchoolCounts,
  type OverviewWalkthroughs,
  overviewNamedLimit,
  rankSchoolsByAttention,
  walkthroughCoverageWeeks,
} from "@throughline/domain/admin-overview";
import { localDay } from "@throughline/domain/local-time";
import { keepsSnapshot, snapshotRead } from "@throughline/domain/rules/dashboard-snapshot";
import { type DashboardSource, rebuildAfterAnswer } from "../dashboard/kept-dashboard.ts";

/*
 * A district's counts for the overview: every school's flagged teachers (ranked) and the
 * walkthrough coverage. Counting them reads every teacher's caseload facts, 1–2 s at 20,000
 * teachers, so a district big enough for a kept dashboard keeps them too, by the same rule
 * (`rules/dashboard-snapshot.ts`) and in the same table, under a key of their own: served with
 * their time and counted again after the answer once a minute old.
 */

const LEVEL_KEY = "overview:district";

/** What is kept: dates none, so the JSON reads back as it was. */
export interface DistrictCounts {
  /** Every school, ranked by `rankSchoolsByAttention`. */
  schools: OverviewSchoolCounts[];
  walkthroughs: Omit<OverviewWalkthroughs, "weeks">;
}

/** The local days walkthrough coverage looks back over, at an instant. */
export type WalkthroughDaysAt = (now: Date) => { from: string; to: string };

const DAY_MS = 86_400_000;

/** The weeks the walkthroughs page covers, up to an instant's local day in the district's zone. */
export function walkthroughDaysIn(timeZone: string): WalkthroughDaysAt {
  return (now) => ({
    from: localDay(new Date(now.getTime() - walkthroughCoverageWeeks * 7 * DAY_MS), timeZone),
    to: localDay(now, timeZone),
  });
}

async function countDistrict(
  tx: Transaction,
  now: Date,
  daysAt: WalkthroughDaysAt,
): Promise<DistrictCounts> {
  const schools = rankSchoolsByAttention(await schoolAttentionCounts(tx, { now }));
  const coverage = await districtWalkthroughCoverage(tx, {
    ...daysAt(now),
    limit: overviewNamedLimit,
  });
  return {
    schools,
    walkthroughs: {
      teachers: coverage.teachers,
      visited: coverage.visited,
      notVisited: coverage.notVisited.map((row) => ({ personId: row.id, displayName: row.name })),
    },
  };
}

async function countAndKeep(
  tx: Transaction,
  source: DashboardSource,
  now: Date,
  daysAt: WalkthroughDaysAt,
): Promise<DistrictCounts> {
  const started = performance.now();
  const counts = await countDistrict(tx, now, daysAt);
  await saveDashboardSnapshot(tx, {
    districtId: source.districtId,
    levelKey: LEVEL_KEY,
    schoolId: null,
    builtAt: now,
    buildMs: Math.round(performance.now() - started),
    teacherCount: counts.walkthroughs.teachers,
    body: counts,
  });
  return counts;
}

/**
 * The district's counts, with the time they were counted when kept (null: counted now). A
 * district under the kept size (`teachers`, the dashboard's count) is counted for every request
 * and reads no snapshot.
 */
export async function districtCountsOf(
  tx: Transaction,
  source: DashboardSource,
  params: { now: Date; daysAt: WalkthroughDaysAt; teachers: number },
): Promise<DistrictCounts & { asOf: Date | null }> {
  const { now, daysAt } = params;
  if (!keepsSnapshot(params.teachers, source.options)) {
    return { ...(await countDistrict(tx, now, daysAt)), asOf: null };
  }
  const stored = await readDashboardSnapshot(tx, LEVEL_KEY);
  const read = snapshotRead(stored, now, source.options);
  if (stored && read !== "build") {
    if (read === "serve-and-refresh") {
      rebuildAfterAnswer(source, LEVEL_KEY, async (rebuildTx, at) => {
        const again = await readDashboardSnapshot(rebuildTx, LEVEL_KEY);
        if (again && snapshotRead(again, at, source.options) === "serve") return;
        await countAndKeep(rebuildTx, source, at, daysAt);
      });
    }
    // The body is a DistrictCounts this module kept (no dates in it).
    return { ...(stored.body as DistrictCounts), asOf: stored.builtAt };
  }
  return { ...(await countAndKeep(tx, source, now, daysAt)), asOf: now };
}
