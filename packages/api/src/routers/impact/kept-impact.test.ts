import { rawRows } from "@throughline/db/testing";
import type { ImpactReport } from "@throughline/domain/impact-report";
import { sql } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { demoEmail } from "../../testing/demo-emails.ts";
import { codeOf } from "../../testing/error-code.ts";
import { keptSnapshotsApiPerFile } from "../../testing/kept-snapshots-api.ts";
import { settleDashboardRebuilds } from "../dashboard/kept-dashboard.ts";

/*
 * A district-sized impact report is kept as the big dashboards are (rules/dashboard-snapshot.ts)
 * and served until a minute old. The demo district is small, so these tests keep every report
 * of one teacher or more, and make a kept report due for its rebuild by setting the refresh age
 * to nothing.
 */

const { api, options, rebuildErrors } = keptSnapshotsApiPerFile();
const today = new Date().toISOString().slice(0, 10);
const period = { from: `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`, to: today };
let districtId: string;

beforeAll(async () => {
  const [row] = await rawRows<{ id: string }>(
    api.db,
    sql`select district_id::text as id from person where email = ${demoEmail.admin}`,
  );
  districtId = row?.id ?? "";
});
beforeEach(() => {
  options.refreshAfterMs = 60_000;
});

const hours = (report: ImpactReport) =>
  report.total.result.withheld ? null : report.total.result.figures.pdHours;

async function keptReports(): Promise<number> {
  const [row] = await rawRows<{ n: number }>(
    api.db,
    sql`select count(*)::int as n from dashboard_snapshot where level_key like 'impact:%'`,
  );
  return row?.n ?? 0;
}

/** An hour of MicroPD today for an enrolled teacher: the report's PD hours grow by 1. */
async function anHourOfPdToday() {
  await rawRows(
    api.db,
    sql`insert into micropd_progress (district_id, person_id, session_id, completed_at,
        credited_minutes)
      select e.district_id, e.person_id, ms.id, now(), 60
      from enrolment e
      join micropd_session ms on ms.district_id = e.district_id
      where e.district_id = ${districtId} and e.status <> 'withdrawn'
        and not exists (select 1 from micropd_progress pr
          where pr.district_id = e.district_id and pr.person_id = e.person_id
            and pr.session_id = ms.id)
      limit 1
      returning id`,
  );
}

describe("a big impact report kept", () => {
  it("is kept per reach and choice, served until due, then rebuilt after the answer", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    const first = await admin.impact.report(period);
    expect(await keptReports()).toBe(1);

    // Built for this request: no "as of". Served as kept: counted when built, and an hour of PD
    // since does not show yet.
    expect(first.asOf).toBeNull();
    await anHourOfPdToday();
    const kept = await admin.impact.report(period);
    expect(kept).toEqual({ ...first, asOf: expect.any(String) });
    expect(Date.now() - Date.parse(kept.asOf ?? "")).toBeLessThan(60_000);
    // Another choice, and the same choice of another reach, are kept apart.
    const principal = await api.callerFor(demoEmail.principal);
    const own = await principal.impact.report(period);
    expect(own.options.schools).toHaveLength(1);
    expect(await keptReports()).toBe(2);

    // Due: the kept report once more, and a fresh one built after the answer.
    options.refreshAfterMs = 0;
    expect(await admin.impact.report(period)).toEqual({ ...first, asOf: expect.any(String) });
    await settleDashboardRebuilds();
    options.refreshAfterMs = 60_000;
    expect(hours(await admin.impact.report(period))).toBeCloseTo((hours(first) ?? 0) + 1, 5);
    expect(rebuildErrors).toEqual([]);
  });

  it("still checks the viewer's choices before serving a kept report", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    const principal = await api.callerFor(demoEmail.principal);
    const own = (await principal.impact.report(period)).options.schools[0]?.id;
    const other = (await admin.impact.report(period)).options.schools.find(
      (school) => school.id !== own,
    );
    await admin.impact.report({ ...period, schoolId: other?.id });
    expect(await codeOf(principal.impact.report({ ...period, schoolId: other?.id }))).toBe(
      "FORBIDDEN",
    );
  });

  it("forgets kept reports nobody asked for since they became too old to serve", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    const before = await keptReports();
    expect(before).toBeGreaterThan(1);
    await rawRows(
      api.db,
      sql`update dashboard_snapshot set built_at = built_at - interval '16 minutes'
        where level_key like 'impact:%' returning level_key`,
    );
    await admin.impact.report({ ...period, by: "cohort" });
    expect(await keptReports()).toBe(1);
  });
});
