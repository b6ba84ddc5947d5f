import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../client.ts";
import { withTenant } from "../../tenant.ts";
import { createTestDatabase, rawRows } from "../../testing.ts";
import { removeDistrict } from "./district-remove.ts";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase({ seed: true });
}, 120_000);
afterAll(async () => {
  await handle?.close();
});

const count = async (query: ReturnType<typeof sql>) =>
  (await rawRows<{ n: number }>(handle.db, query))[0]?.n ?? -1;

describe("removing a district", () => {
  it("deletes Cedar Ridge and everything of it, leaving Maple Valley whole", async () => {
    const [cedar] = await rawRows<{ id: string }>(
      handle.db,
      sql`select id::text as id from district where slug = 'cedar-ridge'`,
    );
    const [maple] = await rawRows<{ id: string }>(
      handle.db,
      sql`select id::text as id from district where slug = 'maple-valley'`,
    );
    if (!cedar || !maple) throw new Error("The demo districts are missing.");
    const maplePeople = sql`select count(*)::int as n from person where district_id = ${maple.id}`;
    const mapleMeetings = sql`select count(*)::int as n from support_meeting where district_id = ${maple.id}`;
    const before = { people: await count(maplePeople), meetings: await count(mapleMeetings) };
    const users = await count(sql`select count(*)::int as n from "user"`);
    const cedarLogins = await count(
      sql`select count(*)::int as n from person where district_id = ${cedar.id} and user_id is not null`,
    );
    expect(cedarLogins).toBeGreaterThan(0);

    const result = await removeDistrict(handle.db, "cedar-ridge");
    expect(result).toMatchObject({
      removed: true,
      name: "Cedar Ridge Schools",
      logins: cedarLogins,
    });

    // No row anywhere still names the district.
    const tables = await rawRows<{ table_name: string }>(
      handle.db,
      sql`select table_name from information_schema.columns
          where table_schema = current_schema() and column_name = 'district_id'`,
    );
    expect(tables.length).toBeGreaterThan(30);
    for (const { table_name } of tables) {
      const left = await count(
        sql`select count(*)::int as n from ${sql.identifier(table_name)} where district_id = ${cedar.id}`,
      );
      expect(left, table_name).toBe(0);
    }
    expect(
      await count(sql`select count(*)::int as n from district where slug = 'cedar-ridge'`),
    ).toBe(0);
    expect(await count(sql`select count(*)::int as n from "user"`)).toBe(users - cedarLogins);
    expect(
      await count(
        sql`select count(*)::int as n from account a where not exists
              (select 1 from "user" u where u.id = a.user_id)`,
      ),
    ).toBe(0);
    // Maple Valley is untouched, and its tenant still sees only itself.
    expect({ people: await count(maplePeople), meetings: await count(mapleMeetings) }).toEqual(
      before,
    );
    const seen = await withTenant(handle.db, maple.id, (tx) =>
      rawRows<{ district_id: string }>(
        tx,
        sql`select distinct district_id::text as district_id from person`,
      ),
    );
    expect(seen).toEqual([{ district_id: maple.id }]);
  });

  it("answers that nothing was removed for an unknown slug", async () => {
    expect(await removeDistrict(handle.db, "no-such-district")).toEqual({ removed: false });
  });
});
