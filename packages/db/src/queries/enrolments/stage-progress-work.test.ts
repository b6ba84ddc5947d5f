import { type SQL, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle, Transaction } from "../../client.ts";
import { withTenant } from "../../tenant.ts";
import { createTestDatabase, membershipFor, rawRows } from "../../testing.ts";
import { enrolmentProgressQuery } from "./stage-progress.ts";

/*
 * Enrolment progress must cost what the enrolments asked for cost. Counted, not timed: the
 * statement's plan is run (EXPLAIN ANALYZE) and the rows it reads from each activity table are
 * added up over every loop. Looked up per enrolment through the person indexes, a table is read
 * at most once over per enrolment of a person. A count grouped for everyone and re-run for every
 * enrolment reads the whole table each time, as it did at 20,000 teachers (minutes for 2,000).
 * The seed is small enough that PostgreSQL plans that grouped form with hash joins, so this
 * guards the per-enrolment lookups (and their way in by person) rather than replaying that plan.
 */
const ACTIVITY_TABLES = ["micropd_progress", "meeting_attendance", "action_plan", "action_step"];

interface PlanNode {
  "Relation Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  "Rows Removed by Index Recheck"?: number;
  Plans?: PlanNode[];
}

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase({ seed: true });
});
afterAll(() => handle.close());

/** Rows each table's scans read (returned or filtered out), summed over every loop. */
function rowsReadByTable(node: PlanNode, into = new Map<string, number>()): Map<string, number> {
  const table = node["Relation Name"];
  if (table) {
    const perLoop =
      (node["Actual Rows"] ?? 0) +
      (node["Rows Removed by Filter"] ?? 0) +
      (node["Rows Removed by Index Recheck"] ?? 0);
    into.set(table, (into.get(table) ?? 0) + perLoop * (node["Actual Loops"] ?? 0));
  }
  for (const child of node.Plans ?? []) rowsReadByTable(child, into);
  return into;
}

async function rowsRead(tx: Transaction, ids: readonly string[] | SQL) {
  const [explained] = await rawRows<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(
    tx,
    sql`explain (analyze, format json) ${enrolmentProgressQuery(tx, ids)}`,
  );
  if (!explained) throw new Error("EXPLAIN gave no plan");
  return rowsReadByTable(explained["QUERY PLAN"][0].Plan);
}

async function tableSize(tx: Transaction, table: string): Promise<number> {
  const [row] = await rawRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from ${sql.identifier(table)}`,
  );
  return row?.n ?? 0;
}

describe("loadEnrolmentProgress work", () => {
  test("reads each activity table at most once over, however many enrolments it is asked for", async () => {
    const who = await membershipFor(handle.db, "teacher@maplevalley.test");
    await withTenant(handle.db, who.districtId, async (tx) => {
      const people = await rawRows<{ id: string }>(
        tx,
        sql`select distinct person_id::text as id from enrolment`,
      );
      expect(people.length).toBeGreaterThan(1);
      const ids = people.map((person) => person.id);
      // The seed's tables are tiny, where a scan of the whole table per enrolment is cheapest;
      // at a district's size the planner goes through the indexes, as here.
      await tx.execute(sql`set local enable_seqscan = off`);
      // Each enrolment reads its person's rows: a person with two enrolments, twice.
      const [most] = await rawRows<{ n: number }>(
        tx,
        sql`select max(n)::int as n from (select count(*) as n from enrolment group by person_id) e`,
      );
      const perPerson = most?.n ?? 1;
      // EXPLAIN rounds a scan's rows per loop to a whole number: up to one row per loop more.
      const rounding = await tableSize(tx, "enrolment");
      for (const asked of [ids, sql`select person_id from enrolment`]) {
        const read = await rowsRead(tx, asked);
        for (const table of ACTIVITY_TABLES) {
          const size = await tableSize(tx, table);
          expect(read.get(table) ?? 0, `rows read from ${table}`).toBeLessThanOrEqual(
            size * perPerson + rounding,
          );
        }
      }
    });
  });
});
