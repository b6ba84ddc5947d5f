import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openPostgres } from "./client.ts";
import { databaseUnavailable } from "./database-unavailable.ts";
import { withTenant } from "./tenant.ts";

/*
 * The statement and idle-in-transaction timeouts are set on every connection of the pool, so
 * they hold for the application role each request switches to: a statement that runs past its
 * limit is cancelled, a transaction left idle is ended, and both are recognised as "the
 * database took too long". Needs a real PostgreSQL (TEST_DATABASE_URL).
 */
const serverUrl = process.env.TEST_DATABASE_URL;
const NO_DISTRICT = "00000000-0000-0000-0000-000000000000";

describe.skipIf(!serverUrl)("the database timeouts", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openPostgres(serverUrl ?? "", {
      connectTimeoutMs: 2000,
      statementTimeoutMs: 200,
      idleInTransactionTimeoutMs: 300,
    });
    // The role is cluster-wide; a migrated database on this server may have made it already.
    await handle.db.execute(sql`
      do $$ begin create role throughline_app nologin;
      exception when duplicate_object then null; end $$`);
  });
  afterAll(async () => {
    await handle?.close();
  });

  it("cancels a statement that runs too long", async () => {
    const failure = await handle.db.execute(sql`select pg_sleep(2)`).then(
      () => null,
      (error: unknown) => error,
    );
    expect(databaseUnavailable(failure)).toBe("timed_out");
    // A quick statement still runs.
    await expect(handle.db.execute(sql`select 1`)).resolves.toBeDefined();
  });

  it("cancels a long statement of the application role too", async () => {
    const failure = await withTenant(handle.db, NO_DISTRICT, (tx) =>
      tx.execute(sql`select pg_sleep(2)`),
    ).then(
      () => null,
      (error: unknown) => error,
    );
    expect(databaseUnavailable(failure)).toBe("timed_out");
  });

  it("ends a transaction left idle, and the pool goes on", async () => {
    const failure = await handle.db
      .transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        await new Promise((resolve) => setTimeout(resolve, 1000));
        await tx.execute(sql`select 1`);
      })
      .then(
        () => null,
        (error: unknown) => error,
      );
    // PostgreSQL closes the connection; the request answers 503 "try again shortly".
    expect(["timed_out", "unreachable"]).toContain(databaseUnavailable(failure));
    await expect(handle.db.execute(sql`select 1`)).resolves.toBeDefined();
  });
});
