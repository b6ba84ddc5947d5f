import { districtTimeZone } from "@throughline/db/queries/notifications/notice-facts";
import {
  type AttentionSchoolsPage,
  attentionSchoolsPageSize,
  type OverviewAttention,
  type OverviewFigures,
  type OverviewWalkthroughs,
  overviewRankedSchools,
} from "@throughline/domain/admin-overview";
import type { TenantScope } from "../../session.ts";
import { type DashboardSource, dashboardMetricsOf } from "../dashboard/kept-dashboard.ts";
import {
  districtCountsOf,
  type WalkthroughDaysAt,
  walkthroughDaysIn,
} from "./overview-district-kept.ts";
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
  daysAt: WalkthroughDaysAt,
): Promise<DistrictParts> {
  const { tx } = ctx;
  // The viewer administers the district, so its kept figures need no check of their own.
  const dashboard = await dashboardMetricsOf(tx, dashboards, { kind: "district" }, now, {
    kept: () => {},
    built: () => {},
  });
  const counts = await districtCountsOf(tx, dashboards, {
    now,
    daysAt,
    teachers: dashboard.metrics.teacherCount,
    range: { offset: 0, limit: overviewRankedSchools },
  });
  return {
    figures: [
      figuresOf(dashboard, { level: "district", id: null, name: ctx.viewer.district.name }),
    ],
    attention: {
      kind: "ranked",
      ranked: counts.schools,
      schools: counts.total,
      schoolsFlagged: counts.schoolsFlagged,
      asOf: counts.asOf,
    },
    walkthroughs: counts.walkthroughs,
  };
}

/** One page of the district's schools in the overview's ranking (kept as the overview keeps it). */
export async function attentionSchoolsPage(
  ctx: TenantScope,
  page: number,
  dashboards: DashboardSource,
): Promise<AttentionSchoolsPage> {
  const now = new Date();
  const daysAt = walkthroughDaysIn(await districtTimeZone(ctx.tx, ctx.districtId));
  // The kept dashboard says whether the district is big enough to keep its counts.
  const dashboard = await dashboardMetricsOf(ctx.tx, dashboards, { kind: "district" }, now, {
    kept: () => {},
    built: () => {},
  });
  const counts = await districtCountsOf(ctx.tx, dashboards, {
    now,
    daysAt,
    teachers: dashboard.metrics.teacherCount,
    range: { offset: (page - 1) * attentionSchoolsPageSize, limit: attentionSchoolsPageSize },
  });
  return {
    schools: counts.schools,
    page,
    pageSize: attentionSchoolsPageSize,
    total: counts.total,
    asOf: counts.asOf,
  };
}
