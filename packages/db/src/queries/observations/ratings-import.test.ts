import type { ValidRatingRow } from "@throughline/domain/ratings-import";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle, Transaction } from "../../client.ts";
import type { Membership } from "../../identity.ts";
import { withTenant } from "../../tenant.ts";
import { createTestDatabase, membershipFor, rawRows } from "../../testing.ts";
import { alreadyImportedKeys, insertImportedRatings, loadRatingLookups } from "./ratings-import.ts";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase({ seed: true });
});
afterAll(() => handle.close());

async function asAdmin<T>(fn: (tx: Transaction, who: Membership) => Promise<T>) {
  const who = await membershipFor(handle.db, "admin@maplevalley.test");
  return withTenant(handle.db, who.districtId, (tx) => fn(tx, who));
}

describe("rating lookups", () => {
  test("hold the district's teachers with their sourcedId, its indicators and its scale only", async () => {
    await handle.db.execute(
      sql`update person set sourced_id = 'MV-T-0001' where email = 'teacher@maplevalley.test'`,
    );
    const lookups = await asAdmin((tx) => loadRatingLookups(tx));
    expect(lookups.teachers.find((entry) => entry.sourcedId === "MV-T-0001")?.email).toBe(
      "teacher@maplevalley.test",
    );
    expect(lookups.teachers.some((entry) => entry.email.endsWith("@cedarridge.test"))).toBe(false);
    expect(lookups.teachers.some((entry) => entry.email === "coach@maplevalley.test")).toBe(false);
    expect(lookups.indicators.map((entry) => entry.code)).toContain("1.2");
    expect(lookups.levels).toHaveLength(4);
  });
});

describe("insertImportedRatings", () => {
  test("inserts new rows once; the same rows again insert nothing and are found as imported", async () => {
    const rows = await asAdmin(async (tx) => {
      const lookups = await loadRatingLookups(tx);
      const teachers = lookups.teachers.slice(0, 3);
      const [indicator] = lookups.indicators;
      return teachers.map(
        (teacher, index): ValidRatingRow => ({
          line: index + 2,
          personId: teacher.id,
          indicatorId: indicator?.id ?? "",
          levelRank: index,
          ratedOn: "2026-10-01",
          source: "Query test",
        }),
      );
    });
    const first = await asAdmin(async (tx, who) => ({
      before: await alreadyImportedKeys(tx, rows),
      inserted: await insertImportedRatings(tx, { ...who, importedById: who.personId, rows }),
    }));
    expect(first).toEqual({ before: new Set(), inserted: 3 });
    const second = await asAdmin(async (tx, who) => ({
      before: (await alreadyImportedKeys(tx, rows)).size,
      inserted: await insertImportedRatings(tx, { ...who, importedById: who.personId, rows }),
    }));
    expect(second).toEqual({ before: 3, inserted: 0 });
    const [stored] = await rawRows<{ count: number }>(
      handle.db,
      sql`select count(*)::int as count from imported_rating where source = 'Query test'`,
    );
    expect(stored?.count).toBe(3);
  });
});
