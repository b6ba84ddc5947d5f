import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle } from "../../client.ts";
import { withTenant } from "../../tenant.ts";
import { createTestDatabase, membershipFor, rawRows } from "../../testing.ts";
import { loadTeacherMeetings } from "./dashboard-teacher-meetings.ts";

/*
 * A teacher's meetings figure counted per team and per attendance row equals its definition
 * written plainly: the distinct held meetings she was due at (her teams' and those where her
 * attendance was taken), and those she was present at. On the seeded demo, with a teacher's
 * attendance also taken at a meeting of a team she is not in.
 */

let handle: DatabaseHandle;
let districtId: string;
const from = new Date(Date.UTC(2020, 0, 1));
const to = new Date(Date.UTC(2030, 0, 1));

beforeAll(async () => {
  handle = await createTestDatabase({ seed: true });
  const maria = await membershipFor(handle.db, "teacher@maplevalley.test");
  districtId = maria.districtId;
  await withTenant(handle.db, districtId, (tx) =>
    tx.execute(sql`
      insert into meeting_attendance (district_id, meeting_id, person_id, attendance)
      select ${districtId}, m.id, ${maria.personId}, 'present'
      from support_meeting m
      where m.status = 'closed'
        and m.team_id not in (select team_id from team_member where person_id = ${maria.personId})
        and not exists (select 1 from meeting_attendance a
                        where a.meeting_id = m.id and a.person_id = ${maria.personId})
      order by m.starts_at limit 2`),
  );
});
afterAll(() => handle.close());

describe("loadTeacherMeetings", () => {
  test("equals the distinct meetings each teacher was due at and present at", async () => {
    const everyone = sql`select id from person`;
    const [counted, plain] = await withTenant(handle.db, districtId, async (tx) => [
      await loadTeacherMeetings(tx, { teachers: everyone, from, to }),
      await rawRows<{ personId: string; held: number; attended: number }>(
        tx,
        sql`with held as (
              select id, team_id from support_meeting
              where status = 'closed' and starts_at >= ${from.toISOString()}::timestamptz
                and starts_at <= ${to.toISOString()}::timestamptz
            ), due as (
              select tm.person_id, held.id from held join team_member tm on tm.team_id = held.team_id
              union
              select a.person_id, held.id from held join meeting_attendance a on a.meeting_id = held.id
            )
            select due.person_id::text as "personId", count(*)::int as held,
              count(a.person_id)::int as attended
            from due left join meeting_attendance a
              on a.meeting_id = due.id and a.person_id = due.person_id and a.attendance = 'present'
            group by due.person_id`,
      ),
    ]);
    const byPerson = (rows: { personId: string; held: number; attended: number }[]) =>
      [...rows].sort((a, b) => a.personId.localeCompare(b.personId));
    expect(plain.length).toBeGreaterThan(5);
    expect(plain.some((row) => row.attended > 0 && row.attended < row.held)).toBe(true);
    expect(byPerson(counted)).toEqual(byPerson(plain));
  });
});
