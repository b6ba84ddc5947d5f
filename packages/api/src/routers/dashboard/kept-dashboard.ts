import type { Database } from "@throughline/db/client";
import {
  type DashboardPeople,
  type DashboardReach,
  loadDashboardPeople,
} from "@throughline/db/queries/dashboards/dashboard-people";
import {
  claimDashboardBuild,
  dropDashboardSnapshot,
  readDashboardSnapshot,
  readDashboardSnapshotPart,
  saveDashboardSnapshot,
} from "@throughline/db/queries/dashboards/dashboard-snapshot";
import { type Transaction, withTenant } from "@throughline/db/tenant";
import type { Dashboard } from "@throughline/domain/dashboard";
import {
  type DashboardSnapshotOptions,
  defaultDashboardSnapshotOptions,
  keepsSnapshot,
  snapshotRead,
} from "@throughline/domain/rules/dashboard-snapshot";
import type { RequestContext } from "../../context.ts";
import type { TenantScope } from "../../session.ts";
import { buildDashboard } from "./build.ts";

/*
 * Big dashboards (a district of thousands of teachers) are served from the snapshot their last
 * build kept, rebuilt after the answer once it is a minute old; small ones are built for every
 * request. The rule is `rules/dashboard-snapshot.ts`; this module reads, builds and keeps.
 */

/** Where a dashboard comes from, besides the request's transaction. */
export interface DashboardSource {
  /** For the rebuild that runs after the answer, in a transaction of its own. */
  db: Database;
  districtId: string;
  districtName: string;
  options: DashboardSnapshotOptions;
  /** Told of a rebuild after the answer that failed (nobody waits on it to see the error). */
  reportError: (error: unknown) => void;
}

/** The request's source: its database, its district, and the server's snapshot settings. */
export function dashboardSourceOf(ctx: TenantScope & RequestContext): DashboardSource {
  const settings = ctx.dashboardSnapshots;
  return {
    db: ctx.db,
    districtId: ctx.districtId,
    districtName: ctx.viewer.district.name,
    options: settings?.options ?? defaultDashboardSnapshotOptions,
    reportError: settings?.reportError ?? ((error) => console.error(error)),
  };
}

/** The levels that can be big enough to keep: the district and a school. */
type KeptReach = Extract<DashboardReach, { kind: "district" | "school" }>;

function levelKeyOf(reach: KeptReach): string {
  return reach.kind === "district" ? "district" : `school:${reach.schoolId}`;
}

function isKeptReach(reach: DashboardReach): reach is KeptReach {
  return reach.kind === "district" || reach.kind === "school";
}

/**
 * One level of the dashboard, served from its snapshot when the rule says so, else built (and
 * kept when big). `access` is the caller's check: `kept` before kept figures are served (these
 * levels need no people to decide), `built` with the people loaded before a build. A caller
 * that has loaded the level's people already passes them.
 */
export async function dashboardOf(
  tx: Transaction,
  source: DashboardSource,
  reach: DashboardReach,
  now: Date,
  access: { kept: (reach: KeptReach) => void; built: (people: DashboardPeople) => void },
  loaded?: DashboardPeople,
): Promise<Dashboard> {
  const stored = isKeptReach(reach) ? await readDashboardSnapshot(tx, levelKeyOf(reach)) : null;
  if (isKeptReach(reach) && stored) {
    const read = snapshotRead(stored, now, source.options);
    if (read !== "build") {
      access.kept(reach);
      if (read === "serve-and-refresh") refreshAfterAnswer(source, reach);
      return dashboardOfStored(stored.body, stored.builtAt);
    }
  }
  const people = loaded ?? (await loadDashboardPeople(tx, reach));
  access.built(people);
  return buildAndKeep(tx, source, reach, people, { now, hadSnapshot: stored !== null });
}

/**
 * The level's headline metrics and their time, as `dashboardOf` would give them, reading only
 * the kept snapshot's metrics when it is served: the admin overview shows these alone, and a
 * 20,000-teacher district's whole snapshot is 400 KB of JSON to read and parse.
 */
export async function dashboardMetricsOf(
  tx: Transaction,
  source: DashboardSource,
  reach: DashboardReach,
  now: Date,
  access: { kept: (reach: KeptReach) => void; built: (people: DashboardPeople) => void },
): Promise<Pick<Dashboard, "metrics" | "asOf">> {
  if (!isKeptReach(reach)) return dashboardOf(tx, source, reach, now, access);
  const stored = await readDashboardSnapshotPart(tx, levelKeyOf(reach), { key: "metrics" });
  const read = snapshotRead(stored, now, source.options);
  if (stored && read !== "build") {
    access.kept(reach);
    if (read === "serve-and-refresh") refreshAfterAnswer(source, reach);
    // The metrics of a Dashboard this module kept: numbers only, so JSON gives them back whole.
    return { metrics: stored.body as Dashboard["metrics"], asOf: stored.builtAt };
  }
  const people = await loadDashboardPeople(tx, reach);
  access.built(people);
  return buildAndKeep(tx, source, reach, people, { now, hadSnapshot: stored !== null });
}

/** Builds the level and keeps it when it is big enough, or drops the snapshot it outgrew. */
async function buildAndKeep(
  tx: Transaction,
  source: Pick<DashboardSource, "districtId" | "districtName" | "options">,
  reach: DashboardReach,
  people: DashboardPeople,
  at: { now: Date; hadSnapshot: boolean },
): Promise<Dashboard> {
  const started = performance.now();
  const dashboard = await buildDashboard(tx, {
    reach,
    people,
    districtName: source.districtName,
    now: at.now,
  });
  if (!isKeptReach(reach)) return dashboard;
  const levelKey = levelKeyOf(reach);
  if (keepsSnapshot(dashboard.metrics.teacherCount, source.options)) {
    await saveDashboardSnapshot(tx, {
      districtId: source.districtId,
      levelKey,
      schoolId: reach.kind === "school" ? reach.schoolId : null,
      builtAt: at.now,
      buildMs: Math.round(performance.now() - started),
      teacherCount: dashboard.metrics.teacherCount,
      body: dashboard,
    });
  } else if (at.hadSnapshot) {
    await dropDashboardSnapshot(tx, levelKey);
  }
  return dashboard;
}

/** Rebuilds running after their answers, by district and level: one at a time per level. */
const refreshing = new Map<string, Promise<void>>();

function refreshAfterAnswer(source: DashboardSource, reach: KeptReach): void {
  rebuildAfterAnswer(source, levelKeyOf(reach), async (tx, now) => {
    const stored = await readDashboardSnapshot(tx, levelKeyOf(reach));
    if (stored && snapshotRead(stored, now, source.options) === "serve") return;
    const people = await loadDashboardPeople(tx, reach);
    await buildAndKeep(tx, source, reach, people, { now, hadSnapshot: stored !== null });
  });
}

/**
 * Runs `rebuild` for one kept level after the answer, in a transaction of its own: one at a time
 * per level in this process, and none while another process holds the level's claim. Kept
 * figures other than a dashboard's (the admin overview's district counts) rebuild through it too.
 */
export function rebuildAfterAnswer(
  source: DashboardSource,
  levelKey: string,
  rebuild: (tx: Transaction, now: Date) => Promise<void>,
): void {
  const key = `${source.districtId}:${levelKey}`;
  if (refreshing.has(key)) return;
  const running = withTenant(source.db, source.districtId, async (tx) => {
    // Another server process may be rebuilding it, or have just done so.
    if (!(await claimDashboardBuild(tx, source.districtId, levelKey))) return;
    await rebuild(tx, new Date());
  })
    .catch(source.reportError)
    .finally(() => refreshing.delete(key));
  refreshing.set(key, running);
}

/** Waits for the rebuilds under way (a server shutting down, a test reading the result). */
export async function settleDashboardRebuilds(): Promise<void> {
  while (refreshing.size > 0) await Promise.all(refreshing.values());
}

/** A kept dashboard as the API answers it: its window's dates back as dates, and its time. */
function dashboardOfStored(body: unknown, builtAt: Date): Dashboard {
  // The body is a Dashboard this module kept, read back through JSON.
  const kept = body as Dashboard & { window: { from: string; to: string } };
  return {
    ...kept,
    window: { ...kept.window, from: new Date(kept.window.from), to: new Date(kept.window.to) },
    asOf: builtAt,
  };
}
