import { PACE_WEEKS } from "@throughline/domain/dashboard";
import { waitsBetweenSessions } from "@throughline/domain/rules/implementation-metrics";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle } from "../../client.ts";
import { withTenant } from "../../tenant.ts";
import { createTestDatabase, membershipFor, rawRows } from "../../testing.ts";
import { loadSessionSummaries } from "./dashboard-sessions.ts";

/*
 * The dashboard's MicroPD summaries in SQL against the pure rules: for generated progress
 * (sessions opened at the same moment, finished before they were opened, unfinished, times with
 * microseconds on either side of the window's edges), each teacher's waits are exactly the counts
 * of `waitsBetweenSessions` over her sessions as JavaScript reads them, and her stages, pace count
 * and window minutes are the plain filters over the same rows.
 */

const DAY = 86_400_000;
const from = new Date(Date.UTC(2026, 7, 1));
const to = new Date(Date.UTC(2026, 9, 15, 17, 30));
const paceFrom = new Date(to.getTime() - PACE_WEEKS * 7 * DAY);
const ROUNDS = 12;

let handle: DatabaseHandle;
let districtId: string;
let sessions: { id: string; stage_id: string; estimated_minutes: number }[];

beforeAll(async () => {
  handle = await createTestDatabase({ seed: true });
  districtId = (await membershipFor(handle.db, "teacher@maplevalley.test")).districtId;
  sessions = await withTenant(handle.db, districtId, (tx) =>
    rawRows(
      tx,
      sql`select id::text as id, stage_id::text as stage_id, estimated_minutes from micropd_session order by id`,
    ),
  );
});
afterAll(() => handle.close());

/** A small seeded generator, so a failure names a round that repeats. */
function generator(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % below;
  };
}

/** Microseconds since the epoch as PostgreSQL text, and the Date JavaScript reads back. */
const isoMicros = (micros: number) => {
  const ms = Math.floor(micros / 1000);
  const fraction = String(micros % 1_000_000).padStart(6, "0");
  return `${new Date(ms).toISOString().slice(0, 19)}.${fraction}Z`;
};
const readBack = (micros: number) => new Date(Math.floor(micros / 1000));

interface Generated {
  sessionId: string;
  stageId: string;
  opened: number;
  completed: number | null;
  minutes: number;
}

const MS = 1000;
const micros = (date: Date) => date.getTime() * MS;

/**
 * Round 0: the cases that tell the orders and roundings apart. Two sessions opened at the same
 * moment, one unfinished; finishing a fraction of a millisecond after the pace edge and after the
 * window's end; and a next session opened a day minus half a millisecond after the last was
 * finished, which JavaScript reads as a whole day.
 */
function edgeCases(): Generated[] {
  const opened = micros(from) + 20 * DAY * MS;
  const times: [number, number | null][] = [
    [opened, null],
    [opened, opened + DAY * MS],
    [opened + 3 * DAY * MS + 700, micros(paceFrom) + 500],
    [opened + 5 * DAY * MS, micros(to) + 500],
    [micros(to) - 10 * DAY * MS, micros(to) - 10 * DAY * MS + 800],
    [micros(to) - 9 * DAY * MS + 300, null],
  ];
  return times.map(([start, end], index) => {
    const session = sessions[index];
    if (!session) throw new Error("the demo has too few sessions");
    return {
      sessionId: session.id,
      stageId: session.stage_id,
      opened: start,
      completed: end,
      minutes: 30,
    };
  });
}

function generate(round: number): Generated[] {
  if (round === 0) return edgeCases();
  const next = generator(round + 1);
  const start = micros(from);
  const edges = [start, micros(to), micros(paceFrom)];
  const moments = Array.from({ length: 4 }, () => start + next(80) * DAY * MS);
  const pick = (): number => {
    const kind = next(6);
    // Some on an edge give or take a fraction of a millisecond, some at a shared moment.
    if (kind === 0) return (edges[next(3)] ?? start) + next(3) * 500 - 500;
    if (kind === 1) return moments[next(moments.length)] ?? start;
    return start + next(80 * 24 * 60) * 60_000_000 + next(1_000_000);
  };
  const count = next(sessions.length + 1);
  return sessions.slice(0, count).map((session) => {
    const opened = pick();
    const completed =
      next(4) === 0 ? null : next(3) === 0 ? pick() : opened + next(20 * 24 * 60) * 60_000_000;
    return {
      sessionId: session.id,
      stageId: session.stage_id,
      opened,
      completed,
      minutes: next(2) === 0 ? next(90) : session.estimated_minutes,
    };
  });
}

describe("loadSessionSummaries", () => {
  test("agrees with the waits rule and the window filters for generated teachers", async () => {
    expect(sessions.length).toBeGreaterThan(3);
    for (let round = 0; round < ROUNDS; round++) {
      const rows = generate(round);
      const summaries = await withTenant(handle.db, districtId, async (tx) => {
        const [teacher] = await rawRows<{ id: string }>(
          tx,
          sql`insert into person (district_id, display_name, email)
              values (${districtId}, ${`Generated ${round}`}, ${`generated-${round}@sessions.test`})
              returning id::text as id`,
        );
        if (!teacher) throw new Error("no person inserted");
        for (const row of rows) {
          await tx.execute(sql`insert into micropd_progress
            (district_id, person_id, session_id, created_at, completed_at, credited_minutes)
            values (${districtId}, ${teacher.id}, ${row.sessionId}, ${isoMicros(row.opened)}::timestamptz,
              ${row.completed === null ? null : isoMicros(row.completed)}::timestamptz, ${row.minutes})`);
        }
        return loadSessionSummaries(tx, {
          teachers: sql`select ${teacher.id}::uuid`,
          from,
          to,
          paceFrom,
          // Both ways of reading the pace window: by completion time, and teacher by teacher.
          wholeDistrict: round % 2 === 0,
        });
      });

      const read = rows.map((row) => ({
        ...row,
        opened: readBack(row.opened),
        completed: row.completed === null ? null : readBack(row.completed),
      }));
      const waits = new Map<number, number>();
      for (const days of waitsBetweenSessions(
        read.map((row) => ({ startedAt: row.opened, completedAt: row.completed })),
      )) {
        waits.set(days, (waits.get(days) ?? 0) + 1);
      }
      const completedWithin = (after: (time: number) => boolean) =>
        read.filter(
          (row) =>
            row.completed !== null &&
            after(row.completed.getTime()) &&
            row.completed.getTime() <= to.getTime(),
        );

      if (rows.length === 0) {
        expect(summaries, `round ${round}`).toEqual([]);
        continue;
      }
      expect(summaries, `round ${round}`).toHaveLength(1);
      const [summary] = summaries;
      expect(summary?.waits, `round ${round}`).toEqual(
        [...waits.entries()].sort((a, b) => a[0] - b[0]),
      );
      expect(new Set(summary?.openedStageIds), `round ${round}`).toEqual(
        new Set(read.map((row) => row.stageId)),
      );
      expect(summary?.recentCompleted, `round ${round}`).toBe(
        completedWithin((time) => time > paceFrom.getTime()).length,
      );
      expect(summary?.windowMinutes, `round ${round}`).toBe(
        completedWithin((time) => time >= from.getTime()).reduce(
          (total, row) => total + row.minutes,
          0,
        ),
      );
    }
  }, 60_000);
});
