import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../client.ts";
import type { Membership } from "../../identity.ts";
import { notification } from "../../schema/index.ts";
import { demoPeople } from "../../seed/demo-logins.ts";
import { withTenant } from "../../tenant.ts";
import { createTestDatabase, membershipFor, rawRows } from "../../testing.ts";
import { nudgeMicroPd } from "../reminders/reminders-nudges.ts";
import { loadEnrolmentPace } from "./enrolment-pace.ts";

/*
 * The MicroPD pace of the seeded dated cohort, written out by hand: each teacher's own cohort's
 * releases, less the sessions that teacher completed, whatever colleagues have done.
 */

const dayMs = 24 * 60 * 60 * 1000;
let handle: DatabaseHandle;
let leader: Membership;
// Every release of the seeded cohorts has passed by then.
let now: Date;

beforeAll(async () => {
  handle = await createTestDatabase({ seed: true });
  leader = await membershipFor(handle.db, demoPeople.teacherLeader.email);
  now = new Date(Date.now() + 400 * dayMs);
});
afterAll(() => handle?.close());

/** Released-not-completed per enrolment, counted the plain way, with every name qualified. */
function expectedPace(districtId: string) {
  return rawRows<{ enrolment_id: string; person_id: string; missing: number }>(
    handle.db,
    sql`select e.id as enrolment_id, e.person_id, (
          select count(*)::int from session_release r
          where r.district_id = e.district_id and r.cohort_id = e.cohort_id
            and r.releases_at <= ${now.toISOString()}::timestamptz
            and not exists (
              select 1 from micropd_progress p
              where p.district_id = r.district_id and p.session_id = r.session_id
                and p.person_id = e.person_id and p.completed_at is not null
            )
        ) as missing
        from enrolment e join cohort c on c.district_id = e.district_id and c.id = e.cohort_id
        where e.district_id = ${districtId} and e.status <> 'withdrawn'
          and c.release_mode = 'dated'`,
  );
}

describe("loadEnrolmentPace", () => {
  it("counts each teacher's own cohort's releases they have not completed", async () => {
    const expected = await expectedPace(leader.districtId);
    // The seed must give the rule something to tell apart: a teacher of the dated cohort
    // behind its releases while someone in the district has completed a session.
    expect(expected.some((row) => row.missing > 0)).toBe(true);
    const [completed] = await rawRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from micropd_progress
          where district_id = ${leader.districtId} and completed_at is not null`,
    );
    expect(completed?.n).toBeGreaterThan(0);

    const pace = await withTenant(handle.db, leader.districtId, (tx) =>
      loadEnrolmentPace(tx, { personIds: expected.map((row) => row.person_id), now }),
    );
    for (const row of expected) {
      expect(pace.get(row.enrolment_id)?.releasedNotCompleted, row.person_id).toBe(row.missing);
    }
  });

  it("nudges a teacher of a dated cohort who is behind its releases", async () => {
    const expected = await expectedPace(leader.districtId);
    const behind = expected.filter((row) => row.missing > 0).map((row) => row.person_id);
    expect(behind.length).toBeGreaterThan(0);
    const nudged = await withTenant(handle.db, leader.districtId, async (tx) => {
      await tx.delete(notification).where(sql`${notification.kind} = 'micropd_nudge'`);
      await nudgeMicroPd(tx, {
        districtId: leader.districtId,
        now,
        timeZone: "America/Chicago",
        meetingReminderMinutes: [],
        holidays: [],
      });
      return tx
        .select({ recipientId: notification.recipientId })
        .from(notification)
        .where(sql`${notification.kind} = 'micropd_nudge'`);
    });
    const recipients = new Set(nudged.map((row) => row.recipientId));
    for (const personId of behind) expect(recipients.has(personId), personId).toBe(true);
  });
});
