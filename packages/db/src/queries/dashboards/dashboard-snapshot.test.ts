import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../client.ts";
import { district } from "../../schema/index.ts";
import { withTenant } from "../../tenant.ts";
import { createTestDatabase } from "../../testing.ts";
import {
  claimDashboardBuild,
  dropDashboardSnapshot,
  readDashboardSnapshot,
  saveDashboardSnapshot,
} from "./dashboard-snapshot.ts";

/*
 * A kept dashboard is one row per district and level, and its rebuild is claimed by one server
 * process at a time: two transactions cannot both claim a level's rebuild (real PostgreSQL
 * only; the embedded database has one connection, so one process).
 */
let handle: DatabaseHandle;
let districtId: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  const [row] = await handle.db
    .insert(district)
    .values({ name: "Snapshot District", slug: "snapshot-district" })
    .returning({ id: district.id });
  if (!row) throw new Error("No district.");
  districtId = row.id;
});
afterAll(() => handle?.close());

describe("dashboard snapshots", () => {
  it("are kept, replaced and dropped per level, in the district's rows only", async () => {
    const snapshot = (teacherCount: number) => ({
      districtId,
      levelKey: "district",
      schoolId: null,
      builtAt: new Date("2026-12-06T12:00:00Z"),
      buildMs: 1200,
      teacherCount,
      body: { level: "district", teachers: teacherCount },
    });
    await withTenant(handle.db, districtId, async (tx) => {
      await saveDashboardSnapshot(tx, snapshot(20_000));
      await saveDashboardSnapshot(tx, snapshot(20_001));
      expect(await readDashboardSnapshot(tx, "district")).toEqual({
        builtAt: new Date("2026-12-06T12:00:00Z"),
        buildMs: 1200,
        teacherCount: 20_001,
        body: { level: "district", teachers: 20_001 },
      });
    });
    // Another district's transaction sees none of it.
    const otherId = "00000000-0000-4000-8000-000000000001";
    expect(
      await withTenant(handle.db, otherId, (tx) => readDashboardSnapshot(tx, "district")),
    ).toBeNull();
    await withTenant(handle.db, districtId, async (tx) => {
      await dropDashboardSnapshot(tx, "district");
      expect(await readDashboardSnapshot(tx, "district")).toBeNull();
    });
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    "let one transaction at a time claim a level's rebuild",
    async () => {
      const claim = () =>
        withTenant(handle.db, districtId, (tx) => claimDashboardBuild(tx, districtId, "district"));
      await withTenant(handle.db, districtId, async (tx) => {
        expect(await claimDashboardBuild(tx, districtId, "district")).toBe(true);
        // Another connection, while this transaction holds it: refused, not waiting.
        expect(await claim()).toBe(false);
        // Another level is its own claim.
        expect(
          await withTenant(handle.db, districtId, (other) =>
            claimDashboardBuild(other, districtId, "school:x"),
          ),
        ).toBe(true);
      });
      // Held until the transaction ended.
      expect(await claim()).toBe(true);
    },
  );
});
