import { sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import type { Transaction } from "../../client.ts";
import { demoPeople } from "../../seed/demo-logins.ts";
import { rawRows } from "../../testing.ts";
import { seededLoginPerFile } from "../../testing-seeded.ts";
import { getCaseload } from "./caseload.ts";

/*
 * The caseload's last meeting comes from `teacher_meeting_starts`, kept by the triggers of
 * migration 0026. Each write below goes through SQL, as any writer's would (API, roster import,
 * seed), and after each the caseload must show what the rule gives from the attendance rows
 * themselves (the newest meeting, not cancelled, started by now, with the teacher present), and
 * the kept rows must equal a rebuild from scratch.
 */

const coach = seededLoginPerFile(demoPeople.coach.email);
const now = new Date();

/** Each teacher's last meeting by the rule, from the attendance rows and meetings. */
async function lastMeetingsByRule(tx: Transaction, ids: string[]): Promise<Map<string, string>> {
  const rows = await rawRows<{ personId: string; lastAt: string }>(
    tx,
    sql`select a.person_id as "personId", max(m.starts_at)::text as "lastAt"
      from meeting_attendance a
      join support_meeting m on m.district_id = a.district_id and m.id = a.meeting_id
      where a.person_id = any(${`{${ids.join(",")}}`}::uuid[]) and a.attendance = 'present'
        and m.status <> 'cancelled' and m.starts_at <= ${now.toISOString()}::timestamptz
      group by a.person_id`,
  );
  return new Map(rows.map((row) => [row.personId, new Date(row.lastAt).toISOString()]));
}

/** The kept rows, as text, in one order. */
async function keptRows(tx: Transaction): Promise<string[]> {
  const rows = await rawRows<{ row: string }>(
    tx,
    sql`select (person_id::text || ' ' || starts_at::text) as row
      from teacher_meeting_starts order by person_id`,
  );
  return rows.map((row) => row.row);
}

/** The caseload agrees with the rule, and the kept rows with a rebuild of every teacher. */
async function expectKeptAsRebuilt(tx: Transaction): Promise<string[]> {
  const caseload = await getCaseload(tx, { personId: coach.personId, now });
  const ids = caseload.rows.map((row) => row.personId);
  const byRule = await lastMeetingsByRule(tx, ids);
  for (const row of caseload.rows) {
    expect(row.lastMeetingAt?.toISOString() ?? null, row.displayName).toBe(
      byRule.get(row.personId) ?? null,
    );
  }
  const kept = await keptRows(tx);
  await tx.execute(sql`select refresh_teacher_meeting_starts(array_agg(district_id), array_agg(id))
    from person`);
  expect(await keptRows(tx)).toEqual(kept);
  return ids;
}

describe("the caseload's kept meeting starts", () => {
  test("follow attendance and meeting writes, and equal a rebuild", async () => {
    await coach.rolledBack(async (tx) => {
      const ids = await expectKeptAsRebuilt(tx);
      const [teacher] = ids;
      expect(teacher).toBeDefined();
      const people = sql`${`{${ids.join(",")}}`}::uuid[]`;

      // A new meeting an hour ago, the teacher present: it is her last meeting now.
      const [meeting] = await rawRows<{ id: string }>(
        tx,
        sql`insert into support_meeting (district_id, team_id, title, starts_at, ends_at, status)
          select m.district_id, m.team_id, 'Extra check-in', now() - interval '1 hour',
            now() - interval '30 minutes', 'closed'
          from support_meeting m
          join meeting_attendance a on a.district_id = m.district_id and a.meeting_id = m.id
          where a.person_id = ${teacher}
          limit 1
          returning id`,
      );
      expect(meeting).toBeDefined();
      await tx.execute(sql`insert into meeting_attendance (district_id, meeting_id, person_id, attendance)
        values (${coach.districtId}, ${meeting?.id}, ${teacher}, 'present')`);
      await expectKeptAsRebuilt(tx);
      const lastOf = async () =>
        (await getCaseload(tx, { personId: coach.personId, now })).rows.find(
          (row) => row.personId === teacher,
        )?.lastMeetingAt;
      const [inserted] = await rawRows<{ startsAt: string }>(
        tx,
        sql`select starts_at::text as "startsAt" from support_meeting where id = ${meeting?.id}`,
      );
      expect((await lastOf())?.toISOString()).toBe(
        new Date(inserted?.startsAt ?? "").toISOString(),
      );

      // Marked absent, then present again; the meeting cancelled; moved to tomorrow; deleted.
      await tx.execute(sql`update meeting_attendance set attendance = 'absent'
        where meeting_id = ${meeting?.id}`);
      await expectKeptAsRebuilt(tx);
      await tx.execute(sql`update meeting_attendance set attendance = 'present'
        where meeting_id = ${meeting?.id}`);
      await tx.execute(sql`update support_meeting set status = 'cancelled'
        where id = ${meeting?.id}`);
      await expectKeptAsRebuilt(tx);
      await tx.execute(sql`update support_meeting set status = 'scheduled',
        starts_at = now() + interval '1 day', ends_at = now() + interval '25 hours'
        where id = ${meeting?.id}`);
      await expectKeptAsRebuilt(tx);
      expect((await lastOf())?.toISOString()).not.toBe(
        new Date(inserted?.startsAt ?? "").toISOString(),
      );
      await tx.execute(sql`delete from support_meeting where id = ${meeting?.id}`);
      await expectKeptAsRebuilt(tx);

      // Every attendance of the caseload's teachers deleted: no kept rows, no last meeting.
      await tx.execute(sql`delete from meeting_attendance where person_id = any(${people})`);
      await expectKeptAsRebuilt(tx);
      expect(await lastOf()).toBeNull();
    });
  });
});
