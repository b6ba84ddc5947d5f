import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openPostgres } from "./client.ts";
import { databaseUnavailable } from "./database-unavailable.ts";

/*
 * The statement timeout is set on every connection of the pool: a statement that runs past it
 * is cancelled by PostgreSQL and recognised as "the database took too long". Needs a real
 * PostgreSQL (TEST_DATABASE_URL).
 */
const serverUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!serverUrl)("the statement timeout", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openPostgres(serverUrl ?? "", {
      connectTimeoutMs: 2000,
      statementTimeoutMs: 200,
    });
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
});
