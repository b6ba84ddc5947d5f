import { schoolAttentionCounts } from "@throughline/db/queries/caseload/school-attention-counts";
import { districtWalkthroughCoverage } from "@throughline/db/queries/home-pages/admin-overview-parts";
import {
  type AttentionSchoolsPage,
  attentionSchoolsPageSize,
  type OverviewAttention,
  type OverviewFigures,
  type OverviewWalkthroughs,
  overviewNamedLimit,
  overviewRankedSchools,
  pageOf,
  rankSchoolsByAttention,
} from "@throughline/domain/admin-overview";
import type { TenantScope } from "../../session.ts";
import { type DashboardSource, dashboardOf } from "../dashboard/kept-dashboard.ts";
import { figuresOf } from "./overview-figures.ts";

/** A district's parts of the overview: counts and a few names, never a list of every teacher. */
interface DistrictParts {
  figures: OverviewFigures[];
  attention: Extract<OverviewAttention, { kind: "ranked" }>;
  walkthroughs: Omit<OverviewWalkthroughs, "weeks">;
}

/**
 * The district admin's overview: the dashboard's figures (its kept snapshot when the district is
 * big), each school's flagged teachers counted in SQL and ranked, the first schools of the
 * ranking (the rest on the paged list, the names on each school's page), and walkthrough
 * coverage counted in SQL. A fixed number of statements and a fixed size whatever the district.
 */
export async function districtParts(
  ctx: TenantScope,
  now: Date,
  dashboards: DashboardSource,
  walkthroughDays: { from: string; to: string },
): Promise<DistrictParts> {
  const { tx } = ctx;
  // The viewer administers the district, so its kept figures need no check of their own.
  const dashboard = await dashboardOf(tx, dashboards, { kind: "district" }, now, {
    kept: () => {},
    built: () => {},
  });
  const ranked = rankSchoolsByAttention(await schoolAttentionCounts(tx, { now }));
  const coverage = await districtWalkthroughCoverage(tx, {
    ...walkthroughDays,
    limit: overviewNamedLimit,
  });
  return {
    figures: [
      figuresOf(dashboard, { level: "district", id: null, name: ctx.viewer.district.name }),
    ],
    attention: {
      kind: "ranked",
      ranked: ranked.slice(0, overviewRankedSchools),
      schools: ranked.length,
      schoolsFlagged: ranked.filter((school) => school.flaggedTeachers > 0).length,
    },
    walkthroughs: {
      teachers: coverage.teachers,
      visited: coverage.visited,
      notVisited: coverage.notVisited.map((row) => ({ personId: row.id, displayName: row.name })),
    },
  };
}

/** One page of the district's schools in the overview's ranking. */
export async function attentionSchoolsPage(
  ctx: TenantScope,
  page: number,
  now: Date,
): Promise<AttentionSchoolsPage> {
  const ranked = rankSchoolsByAttention(await schoolAttentionCounts(ctx.tx, { now }));
  return {
    schools: pageOf(ranked, page, attentionSchoolsPageSize),
    page,
    pageSize: attentionSchoolsPageSize,
    total: ranked.length,
  };
}
