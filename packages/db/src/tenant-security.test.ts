import { type SQL, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle } from "./client.ts";
import { createTestDatabase, rawRows } from "./testing.ts";

/**
 * Walks the catalog: every table with a district_id column must have row-level security
 * enabled and forced, a policy, and a primary key that starts with district_id. A table added
 * without them fails here.
 */
describe("tenant tables in the catalog", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(() => handle.close());

  const rows = <T>(query: SQL) => rawRows<T>(handle.db, query);

  async function tenantTables() {
    return rows<{
      table_name: string;
      relrowsecurity: boolean;
      relforcerowsecurity: boolean;
      policies: number;
      pk_first_column: string | null;
    }>(sql`
      select c.relname as table_name, c.relrowsecurity, c.relforcerowsecurity,
        (select count(*)::int from pg_policies p
          where p.schemaname = n.nspname and p.tablename = c.relname) as policies,
        (select a2.attname from pg_index i
          join pg_attribute a2 on a2.attrelid = i.indrelid and a2.attnum = i.indkey[0]
          where i.indrelid = c.oid and i.indisprimary) as pk_first_column
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      join pg_attribute a on a.attrelid = c.oid
      where n.nspname = 'public' and c.relkind in ('r', 'p')
        and a.attname = 'district_id' and not a.attisdropped
      order by c.relname
    `);
  }

  test("there are tenant tables to check", async () => {
    const tables = await tenantTables();
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(["school", "person", "enrolment", "micropd_progress", "action_step"]),
    );
    expect(tables.length).toBeGreaterThanOrEqual(18);
  });

  test("every tenant table has forced row-level security and a policy", async () => {
    const unprotected = (await tenantTables()).filter(
      (t) => !t.relrowsecurity || !t.relforcerowsecurity || t.policies < 1,
    );
    expect(unprotected.map((t) => t.table_name)).toEqual([]);
  });

  test("every tenant table's primary key starts with district_id", async () => {
    const wrongKey = (await tenantTables()).filter((t) => t.pk_first_column !== "district_id");
    expect(wrongKey.map((t) => t.table_name)).toEqual([]);
  });

  test("every foreign key between tenant tables includes district_id", async () => {
    const singleColumn = await rows<{ constraint_name: string }>(sql`
      select con.conname as constraint_name
      from pg_constraint con
      join pg_class src on src.oid = con.conrelid
      join pg_class dst on dst.oid = con.confrelid
      join pg_namespace n on n.oid = src.relnamespace
      where n.nspname = 'public' and con.contype = 'f'
        and exists (select 1 from pg_attribute a
          where a.attrelid = dst.oid and a.attname = 'district_id' and not a.attisdropped)
        and not exists (select 1 from pg_attribute a
          where a.attrelid = src.oid and a.attnum = con.conkey[1] and a.attname = 'district_id')
    `);
    expect(singleColumn.map((r) => r.constraint_name)).toEqual([]);
  });

  test("a table added later is secured by secure_tenant_tables()", async () => {
    await handle.db.execute(
      sql`create table late_addition (district_id uuid not null, id uuid not null, primary key (district_id, id))`,
    );
    await handle.db.execute(sql`select secure_tenant_tables()`);
    const late = (await tenantTables()).find((t) => t.table_name === "late_addition");
    expect(late).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true, policies: 1 });
    await handle.db.execute(sql`drop table late_addition`);
  });
});
