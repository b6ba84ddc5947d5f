import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "./root.ts";
import { districtSampleIds } from "./testing/district-sample-ids.ts";
import { type ForeignIds, inputsToTry } from "./testing/foreign-inputs.ts";
import { testApiPerFile } from "./testing/test-api-per-file.ts";

/**
 * A person of one district must not be able to read a single row of another district through
 * any procedure. The test walks every procedure of the router, so a new procedure is covered
 * the day it is added; one that takes input names the foreign ids to try in
 * `testing/foreign-inputs.ts`.
 */

const CALLER = "coach@cedarridge.test";
const api = testApiPerFile();
let mapleRowIds: Set<string>;
let foreign: ForeignIds;

beforeAll(async () => {
  // The test connection owns the tables, so it can see every district (row security is for the app role).
  // Tables keyed by something other than an id (per-teacher summaries) hold no id to send.
  const tables = await rawRows<{ table_name: string }>(
    api.db,
    sql`select c.table_name from information_schema.columns c
        where c.table_schema = 'public' and c.column_name = 'district_id'
          and exists (
            select 1 from information_schema.columns i
            where i.table_schema = 'public' and i.table_name = c.table_name and i.column_name = 'id'
          )`,
  );
  const [maple] = await rawRows<{ id: string }>(
    api.db,
    sql`select id::text as id from district where slug = 'maple-valley'`,
  );
  const mapleId = maple?.id ?? "";
  mapleRowIds = new Set([mapleId]);
  for (const { table_name } of tables) {
    const rows = await rawRows<{ id: string }>(
      api.db,
      sql`select id::text as id from ${sql.identifier(table_name)} where district_id = ${mapleId}`,
    );
    for (const row of rows) mapleRowIds.add(row.id);
  }
  // Rows of the demo teacher's (as the access matrix aims at): a Cedar Ridge coach must reach none.
  foreign = await districtSampleIds(api.db, "maple-valley", "teacher@maplevalley.test", [CALLER]);
});

/** Every procedure path ("viewer.me", …), as tRPC keeps them flat at run time. */
const procedures = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { inputs: unknown[] } }
>;

function procedurePaths(): string[] {
  return Object.keys(procedures);
}

async function callByPath(caller: unknown, path: string, input: unknown): Promise<unknown> {
  // The caller is a proxy keyed by path segments; walking it by name is the point of this test.
  let target: unknown = caller;
  for (const segment of path.split(".")) target = (target as Record<string, unknown>)[segment];
  return (target as (input: unknown) => Promise<unknown>)(input);
}

describe("tenant isolation through the API", () => {
  it("finds rows of the other district to look for", () => {
    expect(mapleRowIds.size).toBeGreaterThan(100);
    expect(foreign.stageId).not.toBe("");
  });

  it("every procedure that takes input has foreign ids to try", () => {
    const needInput = procedurePaths().filter((path) => procedures[path]?._def.inputs.length);
    expect(needInput.filter((path) => !(path in inputsToTry))).toEqual([]);
  });

  it.each(procedurePaths())(
    "%s returns nothing of Maple Valley to a Cedar Ridge coach",
    async (path) => {
      const caller = await api.callerFor(CALLER);
      const input = inputsToTry[path]?.(foreign);
      let output: unknown;
      try {
        output = await callByPath(caller, path, input);
      } catch (error) {
        // Refusing is fine (FORBIDDEN / NOT_FOUND); leaking is not.
        expect(String((error as { code?: string }).code)).toMatch(
          /FORBIDDEN|NOT_FOUND|UNAUTHORIZED/,
        );
        return;
      }
      const text = JSON.stringify(output);
      const leaked = [...mapleRowIds].filter((id) => text.includes(id));
      expect(leaked).toEqual([]);
      expect(text).not.toContain("Maple Valley");
    },
  );
});
