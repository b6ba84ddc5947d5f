import type { Weekday } from "@throughline/domain/rules/common-time";
import { teamBlockUse } from "@throughline/domain/rules/school-week";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle } from "../../client.ts";
import { supportMeeting } from "../../schema/index.ts";
import { withTenant } from "../../tenant.ts";
import { createTestDatabase, rawRows } from "../../testing.ts";
import { loadTeamBlockUse } from "./dashboard-block-use.ts";

/*
 * Block time used as the dashboards load it must be the domain rule `teamBlockUse` applied to
 * each team's held meetings and blocks, including meetings started late at odd seconds, held for
 * no recorded minutes with a length that is not whole minutes, running past midnight, and blocks
 * that overlap: the guard for any faster way of computing it (a SQL version summing on the
 * district's wall clock disagreed on overlapping blocks and was left out).
 */
let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase({ seed: true });
  // The demo's meetings are not in blocks: give each team a block on the weekday of each of its
  // held meetings that covers part of it (from 10 minutes before its start to 20 after).
  await handle.db.execute(sql`insert into collaboration_block
      (district_id, id, team_id, weekday, start_minute, end_minute, created_by_id)
    select distinct on (m.team_id, extract(isodow from m.local))
      m.district_id, gen_random_uuid(), m.team_id, extract(isodow from m.local)::int,
      greatest(0, extract(hour from m.local) * 60 + extract(minute from m.local) - 10)::int,
      (extract(hour from m.local) * 60 + extract(minute from m.local) + 20)::int,
      (select p.id from person p where p.district_id = m.district_id limit 1)
    from (select sm.*, sm.starts_at at time zone d.time_zone as local
      from support_meeting sm join district d on d.id = sm.district_id
      where sm.status = 'closed') m
    order by m.team_id, extract(isodow from m.local), m.starts_at`);
});
afterAll(() => handle.close());

const from = new Date("2000-01-01T00:00:00Z");
const to = new Date("2100-01-01T00:00:00Z");

async function bothWays() {
  const districts = await rawRows<{ id: string; time_zone: string }>(
    handle.db,
    sql`select id::text, time_zone from district order by id`,
  );
  const loaded = [];
  const byRule = [];
  for (const { id, time_zone } of districts) {
    const teams = sql`select id from team`;
    loaded.push(
      ...(await withTenant(handle.db, id, (tx) => loadTeamBlockUse(tx, { teams, from, to }))),
    );
    const blocks = await rawRows<{ team_id: string; weekday: number; start: number; end: number }>(
      handle.db,
      sql`select team_id::text, weekday, start_minute as start, end_minute as end
          from collaboration_block where district_id = ${id}`,
    );
    // Through drizzle's column mapping, as the rule's callers read meetings.
    const meetings = await withTenant(handle.db, id, (tx) =>
      tx
        .select({
          team_id: supportMeeting.teamId,
          startsAt: supportMeeting.startsAt,
          endsAt: supportMeeting.endsAt,
          startedAt: supportMeeting.startedAt,
          heldMinutes: supportMeeting.heldMinutes,
        })
        .from(supportMeeting)
        .where(eq(supportMeeting.status, "closed")),
    );
    for (const teamId of new Set(meetings.map((row) => row.team_id))) {
      byRule.push(
        ...teamBlockUse(
          meetings.filter((row) => row.team_id === teamId).map((row) => ({ ...row, teamId })),
          blocks
            .filter((row) => row.team_id === teamId)
            .map((row) => ({ ...row, teamId, weekday: row.weekday as Weekday })),
          time_zone,
        ),
      );
    }
  }
  const sorted = (rows: { teamId: string; usedMinutes: number }[]) =>
    [...rows].sort((a, b) => a.teamId.localeCompare(b.teamId));
  return { inSql: sorted(loaded), byRule: sorted(byRule) };
}

describe("collaboration block time used", () => {
  test("gives the rule's minutes for every team of the demo", async () => {
    const { inSql, byRule } = await bothWays();
    expect(inSql).toEqual(byRule);
    expect(inSql.some((row) => row.usedMinutes > 0)).toBe(true);
  });

  test("and for meetings started at odd moments, unrecorded lengths, midnight and overlaps", async () => {
    await handle.db.execute(sql`update support_meeting set status = 'closed',
      started_at = starts_at + make_interval(secs => (extract(epoch from starts_at)::bigint % 600) + 0.0374),
      held_minutes = case when extract(epoch from starts_at)::bigint % 3 = 0 then null
        else 20 + extract(epoch from starts_at)::bigint % 50 end,
      ends_at = ends_at + interval '17.5 seconds'
      where status <> 'cancelled'`);
    await handle.db.execute(sql`update support_meeting set started_at = date_trunc('day', starts_at)
      + interval '23 hours 50 minutes', held_minutes = 30
      where id in (select id from support_meeting order by id limit 3)`);
    await handle.db.execute(sql`insert into collaboration_block
        (district_id, id, team_id, weekday, start_minute, end_minute, created_by_id)
      select district_id, gen_random_uuid(), team_id, weekday, start_minute + 10,
        least(end_minute + 25, 1440), created_by_id
      from collaboration_block`);
    const { inSql, byRule } = await bothWays();
    expect(inSql.some((row) => row.usedMinutes > 0)).toBe(true);
    expect(inSql).toEqual(byRule);
  });
});
