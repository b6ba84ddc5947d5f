import type { Transaction } from "@throughline/db/client";
import { schoolAttentionCounts } from "@throughline/db/queries/caseload/school-attention-counts";
import {
  readDashboardSnapshotPart,
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

/** What is kept: no dates in it, so the JSON reads back as it was. */
interface DistrictCounts {
  /** Every school, ranked by `rankSchoolsByAttention`. */
  schools: OverviewSchoolCounts[];
  schoolsFlagged: number;
  walkthroughs: Omit<OverviewWalkthroughs, "weeks">;
}

/** What a reader gets: the ranked schools it asked for, and how many there are. */
interface DistrictCountsRead extends Omit<DistrictCounts, "schools"> {
  schools: OverviewSchoolCounts[];
  total: number;
  /** When they were counted, if kept; null: counted for this request. */
  asOf: Date | null;
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
    schoolsFlagged: schools.filter((school) => school.flaggedTeachers > 0).length,
    walkthroughs: {
      teachers: coverage.teachers,
      visited: coverage.visited,
      notVisited: coverage.notVisited.map((row) => ({ personId: row.id, displayName: row.name })),
    },
  };
}

/** The kept body: the ranked schools, and the rest under `summary` (read beside a page). */
function keptBodyOf(counts: DistrictCounts) {
  const { schools, ...summary } = counts;
  return { schools, summary };
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
    body: keptBodyOf(counts),
  });
  return counts;
}

/** The schools `offset`..`offset + limit` of a full count, as a read answers them. */
function readOf(counts: DistrictCounts, range: SchoolRange, asOf: Date | null): DistrictCountsRead {
  const { schools, ...rest } = counts;
  return {
    ...rest,
    schools: schools.slice(range.offset, range.offset + range.limit),
    total: schools.length,
    asOf,
  };
}

interface SchoolRange {
  offset: number;
  limit: number;
}

/**
 * The district's counts with the ranked schools of `range`. A district under the kept size
 * (`teachers`, the dashboard's count) is counted for every request and reads no snapshot; a
 * bigger one reads the kept counts, only the schools asked for (the whole is 100 KB at 400
 * schools), and has them counted again after the answer once a minute old.
 */
export async function districtCountsOf(
  tx: Transaction,
  source: DashboardSource,
  params: { now: Date; daysAt: WalkthroughDaysAt; teachers: number; range: SchoolRange },
): Promise<DistrictCountsRead> {
  const { now, daysAt, range } = params;
  if (!keepsSnapshot(params.teachers, source.options)) {
    return readOf(await countDistrict(tx, now, daysAt), range, null);
  }
  const stored = await readDashboardSnapshotPart(tx, LEVEL_KEY, {
    key: "schools",
    from: range.offset,
    to: range.offset + range.limit - 1,
    alongside: "summary",
  });
  const read = snapshotRead(stored, now, source.options);
  // A snapshot without its summary was kept in an older shape: count again.
  if (stored && read !== "build" && stored.alongside !== null) {
    if (read === "serve-and-refresh") {
      rebuildAfterAnswer(source, LEVEL_KEY, async (rebuildTx, at) => {
        const again = await readDashboardSnapshotPart(rebuildTx, LEVEL_KEY, { key: "summary" });
        if (again && snapshotRead(again, at, source.options) === "serve") return;
        await countAndKeep(rebuildTx, source, at, daysAt);
      });
    }
    // The parts of a body this module kept (`keptBodyOf`), with no dates in them.
    const summary = stored.alongside as Omit<DistrictCounts, "schools">;
    return {
      ...summary,
      schools: stored.body as OverviewSchoolCounts[],
      total: stored.length,
      asOf: stored.builtAt,
    };
  }
  return readOf(await countAndKeep(tx, source, now, daysAt), range, now);
}
