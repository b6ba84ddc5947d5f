import { withTenant } from "@throughline/db/tenant";
import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { keptSnapshotsApiPerFile } from "../../testing/kept-snapshots-api.ts";
import { settleDashboardRebuilds } from "../dashboard/kept-dashboard.ts";

/*
 * A district big enough to keep its dashboard keeps the overview's school counts too: served
 * with their time, counted again after the answer once a minute old. The demo district is
 * small, so this file keeps every district of one teacher or more.
 */

const { api, rebuildErrors } = keptSnapshotsApiPerFile();

const flagsOf = (schools: { flagCounts: Record<string, number> }[]) =>
  schools.flatMap((school) => Object.values(school.flagCounts)).reduce((sum, n) => sum + n, 0);

describe("a big district's overview counts", () => {
  it("are kept, served with their time, and counted again after the answer once old", async () => {
    const admin = await api.callerFor("admin@maplevalley.test");
    const { id: districtId } = (await admin.viewer.me()).district;
    const first = await admin.admin.overview();
    if (first.attention.kind !== "ranked") throw new Error("a district's attention is ranked");
    expect(first.attention.asOf).toBeInstanceOf(Date);
    const kept = await withTenant(api.db, districtId, (tx) =>
      rawRows<{ levelKey: string }>(
        tx,
        sql`select level_key as "levelKey" from dashboard_snapshot where level_key = 'overview:district'`,
      ),
    );
    expect(kept).toHaveLength(1);

    // Every step stuck: more flags, not shown until the kept counts are counted again.
    await withTenant(api.db, districtId, (tx) =>
      tx.execute(sql`update action_step set status = 'stuck'`),
    );
    const page = await admin.admin.attentionSchools({ page: 1 });
    expect(page.asOf).toEqual(first.attention.asOf);
    expect(flagsOf(page.schools)).toBe(flagsOf(first.attention.ranked));

    await withTenant(api.db, districtId, (tx) =>
      tx.execute(
        sql`update dashboard_snapshot set built_at = built_at - interval '2 minutes'
          where level_key = 'overview:district'`,
      ),
    );
    await admin.admin.overview(); // served once more, counted again after the answer
    await settleDashboardRebuilds();
    const after = await admin.admin.attentionSchools({ page: 1 });
    expect(flagsOf(after.schools)).toBeGreaterThan(flagsOf(first.attention.ranked));
    expect(after.asOf?.getTime()).toBeGreaterThan(first.attention.asOf?.getTime() ?? 0);
    expect(rebuildErrors).toEqual([]);
  });
});
