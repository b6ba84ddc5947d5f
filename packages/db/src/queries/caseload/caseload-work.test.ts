import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle, Transaction } from "../../client.ts";
import { demoPeople } from "../../seed/demo-logins.ts";
import { withTenant } from "../../tenant.ts";
import { createTestDatabase, membershipFor, rawRows } from "../../testing.ts";
import { getCaseload } from "./caseload.ts";

/*
 * A coach's caseload must cost what its teachers cost, not what the district costs. Counted,
 * not timed: PostgreSQL's statistics of the current transaction (pg_stat_xact_user_tables)
 * count the scans of each table and the rows they read, so the test sees every statement the
 * caseload sends. Sequential scans are switched off, as the planner does by itself at a
 * district's size (the seed is small enough that reading a whole table is cheapest): a table
 * still read from start to end then has no index the statement can use. Each activity table's
 * rows read are bounded by a few passes over the caseload's own rows (PASSES): a lookup re-run
 * for every teacher over the district's rows goes over.
 * Attendance and meetings are not read at all: each teacher's last meeting comes from the kept
 * meeting starts; nor are progress, releases, observations, plans or steps: the rest of her
 * facts come from her kept caseload row. Her stage in each program is read by key from her own
 * enrolments (a stage, its program and its sessions' count each).
 */

/** Activity tables the caseload reads by person, and the column that names the person. */
const PERSON_TABLES = {
  micropd_progress: "person_id",
  meeting_attendance: "person_id",
  observation: "teacher_id",
  action_plan: "person_id",
  enrolment_progress_summary: "person_id",
  teacher_meeting_starts: "person_id",
  teacher_caseload_summary: "person_id",
} as const;

/**
 * How many passes over a person's rows the caseload may make: its statements read a table by
 * person up to twice (progress, and pace or the last meeting or the plan steps), once per
 * enrolment, and a join may pass over the same rows twice. A lookup re-run per row of the
 * caseload makes as many passes as there are teachers.
 */
const PASSES = 4;

interface TableWork {
  table: string;
  seqScans: number;
  rowsRead: number;
}

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase({ seed: true });
});
afterAll(() => handle.close());

/** Scans and rows read so far in this transaction, by table. */
async function workSoFar(tx: Transaction): Promise<Map<string, TableWork>> {
  const rows = await rawRows<TableWork>(
    tx,
    sql`select relname as "table", seq_scan::int as "seqScans",
      (coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0))::int as "rowsRead"
      from pg_stat_xact_user_tables`,
  );
  return new Map(rows.map((row) => [row.table, row]));
}

async function countOf(tx: Transaction, query: ReturnType<typeof sql>): Promise<number> {
  const [row] = await rawRows<{ n: number }>(tx, query);
  return row?.n ?? 0;
}

describe("getCaseload work", () => {
  test("reads the caseload's own rows through indexes, never a whole table", async () => {
    const who = await membershipFor(handle.db, demoPeople.coach.email);
    await withTenant(handle.db, who.districtId, async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const before = await workSoFar(tx);
      const caseload = await getCaseload(tx, { personId: who.personId });
      const after = await workSoFar(tx);
      const ids = caseload.rows.map((row) => row.personId);
      // More teachers than passes: a pass per teacher would go over the bounds.
      expect(ids.length).toBeGreaterThan(PASSES);
      const people = sql`${`{${ids.join(",")}}`}::uuid[]`;

      const work = (table: string) => ({
        seqScans: (after.get(table)?.seqScans ?? 0) - (before.get(table)?.seqScans ?? 0),
        rowsRead: (after.get(table)?.rowsRead ?? 0) - (before.get(table)?.rowsRead ?? 0),
      });
      const perPerson = Math.max(
        1,
        await countOf(
          tx,
          sql`select coalesce(max(n), 0)::int as n from (
            select count(*) as n from enrolment where person_id = any(${people}) group by person_id
          ) e`,
        ),
      );
      const ownRows = (table: string, column: string) =>
        countOf(
          tx,
          sql`select count(*)::int as n from ${sql.identifier(table)}
            where ${sql.identifier(column)} = any(${people})`,
        );
      const bounds = new Map<string, number>();
      for (const [table, column] of Object.entries(PERSON_TABLES)) {
        bounds.set(table, PASSES * perPerson * (await ownRows(table, column)));
      }
      const ownSteps = await countOf(
        tx,
        sql`select count(*)::int as n from action_step s join action_plan p
          on p.district_id = s.district_id and p.id = s.plan_id
          where p.person_id = any(${people})`,
      );
      bounds.set("action_step", PASSES * perPerson * ownSteps);
      // Enrolments: the coach's cohorts' (which teams they see), then passes over the
      // caseload's own (progress, pace).
      const coached = await countOf(
        tx,
        sql`select count(*)::int as n from enrolment e join cohort c
          on c.district_id = e.district_id and c.id = e.cohort_id
          where c.coach_id = ${who.personId}`,
      );
      bounds.set(
        "enrolment",
        coached + PASSES * perPerson * (await ownRows("enrolment", "person_id")),
      );

      // Where the district runs several programs, each teacher's current stage per program is
      // read by key from her enrolments: a stage and its program per enrolment, and the stage's
      // sessions counted through the (stage, position) key; never the district's stages.
      const ownStageSessions = await countOf(
        tx,
        sql`select count(*)::int as n from enrolment e
          join cohort c on c.district_id = e.district_id and c.id = e.cohort_id
          join micropd_session ms on ms.district_id = c.district_id and ms.stage_id = c.stage_id
          where e.person_id = any(${people})`,
      );
      const ownEnrolments = await ownRows("enrolment", "person_id");
      bounds.set("stage", PASSES * ownEnrolments);
      bounds.set("program", PASSES * ownEnrolments);
      bounds.set("micropd_session", PASSES * ownStageSessions);

      for (const [table, bound] of bounds) {
        const done = work(table);
        expect(done.seqScans, `sequential scans of ${table}`).toBe(0);
        expect(done.rowsRead, `rows read from ${table}`).toBeLessThanOrEqual(bound);
      }
      expect(work("support_meeting").seqScans, "sequential scans of support_meeting").toBe(0);
      // The last meeting comes from the kept starts (teacher_meeting_starts), one row a teacher:
      // no attendance row or meeting is read per request.
      expect(work("meeting_attendance").rowsRead, "rows read from meeting_attendance").toBe(0);
      expect(work("support_meeting").rowsRead, "rows read from support_meeting").toBe(0);
      // The rest of each teacher's facts come from her kept caseload row
      // (teacher_caseload_summary): none of the rows they are kept from is read per request.
      for (const table of [
        "micropd_progress",
        "session_release",
        "observation",
        "action_plan",
        "action_step",
      ]) {
        expect(work(table).rowsRead, `rows read from ${table}`).toBe(0);
      }
    });
  });
});
