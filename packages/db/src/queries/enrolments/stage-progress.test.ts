import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle } from "../../client.ts";
import { withTenant } from "../../tenant.ts";
import { createTestDatabase, membershipFor, rawRows } from "../../testing.ts";
import { loadEnrolmentProgress } from "./stage-progress.ts";

/*
 * A stage's "meetings attended" follows the same rule as the transcript: a meeting counts when
 * it was held (closed) and the teacher was present, on the day it was held, not the day it was
 * scheduled for.
 */
const MARIA = "teacher@maplevalley.test";
const DAY = 86_400_000;

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase({ seed: true });
});
afterAll(() => handle.close());

async function attendedIn(enrolmentId: string): Promise<number> {
  const who = await membershipFor(handle.db, MARIA);
  const progress = await withTenant(handle.db, who.districtId, (tx) =>
    loadEnrolmentProgress(tx, { personIds: [who.personId], now: new Date() }),
  );
  return progress.find((row) => row.enrolmentId === enrolmentId)?.meetingsAttended ?? -1;
}

describe("loadEnrolmentProgress meetings attended", () => {
  test("counts a meeting by the day it was held and never one that was not closed", async () => {
    const who = await membershipFor(handle.db, MARIA);
    const meetings = await withTenant(handle.db, who.districtId, (tx) =>
      rawRows<{ enrolment_id: string; enrolled_at: Date; meeting_id: string }>(
        tx,
        sql`select e.id::text as enrolment_id, e.enrolled_at, m.id::text as meeting_id
            from enrolment e
            join meeting_attendance a on a.person_id = e.person_id and a.attendance = 'present'
            join support_meeting m on m.id = a.meeting_id and m.status = 'closed'
            where e.person_id = ${who.personId} and e.status <> 'withdrawn'
              and m.starts_at >= e.enrolled_at
            order by e.enrolled_at desc, m.starts_at`,
      ),
    );
    const held = meetings[0];
    if (!held) throw new Error("the seed gives Maria a held meeting");
    const enrolmentId = held.enrolment_id;
    const before = await attendedIn(enrolmentId);
    expect(before).toBeGreaterThanOrEqual(1);

    const enrolledAt = new Date(held.enrolled_at).getTime();
    const at = (ms: number) => new Date(ms).toISOString();
    // Scheduled before she enrolled, but held after: it counts, as on her transcript.
    await withTenant(handle.db, who.districtId, (tx) =>
      tx.execute(sql`update support_meeting
        set starts_at = ${at(enrolledAt - 2 * DAY)}::timestamptz,
            ends_at = ${at(enrolledAt - 2 * DAY + 45 * 60_000)}::timestamptz,
            started_at = ${at(enrolledAt + DAY)}::timestamptz,
            closed_at = ${at(enrolledAt + DAY + 45 * 60_000)}::timestamptz
        where id = ${held.meeting_id}`),
    );
    expect(await attendedIn(enrolmentId)).toBe(before);

    // Its time has passed since she enrolled, but it was never closed: not held, not attended.
    await withTenant(handle.db, who.districtId, (tx) =>
      tx.execute(sql`update support_meeting
        set status = 'scheduled', started_at = null, closed_at = null, held_minutes = null,
            starts_at = ${at(enrolledAt + DAY)}::timestamptz,
            ends_at = ${at(enrolledAt + DAY + 45 * 60_000)}::timestamptz
        where id = ${held.meeting_id}`),
    );
    expect(await attendedIn(enrolmentId)).toBe(before - 1);
  });
});
