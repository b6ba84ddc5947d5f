import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openPostgres } from "./client.ts";
import { withTenant } from "./tenant.ts";

/*
 * A tenant transaction's opening (`begin` and the district settings) is sent without waiting
 * for its answer, and the request's first statement follows it on the connection. If the
 * opening is refused, that statement must not run at all, let alone outside the district: here
 * a login that may not take the application role opens a tenant transaction whose first
 * statement writes a row. Needs a real PostgreSQL (TEST_DATABASE_URL).
 */
const serverUrl = process.env.TEST_DATABASE_URL;
const DISTRICT = "00000000-0000-0000-0000-000000000001";
const PROBE = "tenant_opening_probe";

describe.skipIf(!serverUrl)("a tenant transaction whose opening is refused", () => {
  let owner: DatabaseHandle;
  let probe: DatabaseHandle;
  beforeAll(async () => {
    owner = await openPostgres(serverUrl ?? "", {});
    // Roles are cluster-wide; another test database on this server may have made them.
    await owner.db.execute(
      sql.raw(`
      do $$ begin create role throughline_app nologin;
      exception when duplicate_object then null; end $$;
      do $$ begin create role ${PROBE} login password 'probe';
      exception when duplicate_object then null; end $$;
      create table if not exists opening_probe (note text);
      grant insert, select on opening_probe to ${PROBE};`),
    );
    const url = new URL(serverUrl ?? "");
    url.username = PROBE;
    url.password = "probe";
    probe = await openPostgres(url.toString(), {});
  });
  afterAll(async () => {
    await probe?.close();
    await owner?.db.execute(sql`drop table if exists opening_probe`);
    await owner?.close();
  });

  it("refuses with the opening's error and runs nothing after it", async () => {
    const failure = await withTenant(probe.db, DISTRICT, async (tx) => {
      await tx.execute(sql`insert into opening_probe (note) values ('ran')`);
      return "answered";
    }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(String(failure)).toMatch(/permission denied to set role/);
    const rows = await owner.db.execute(sql`select note from opening_probe`);
    expect(rows).toHaveLength(0);
    // The connection went back to the pool clean: the next transaction works.
    await expect(probe.db.execute(sql`select 1 as one`)).resolves.toHaveLength(1);
  });
});
