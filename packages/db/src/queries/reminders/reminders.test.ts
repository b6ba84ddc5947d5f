import { isoWeekKey, startOfLocalWeek } from "@throughline/domain/local-time";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../client.ts";
import { notification, schoolHoliday, supportMeeting } from "../../schema/index.ts";
import { withTenant } from "../../tenant.ts";
import {
  createTestDatabase,
  membershipFor,
  rawRows,
  type SentNotificationRow,
} from "../../testing.ts";
import { scheduleDueReminders } from "./reminders.ts";

/*
 * The scheduler on the seeded districts. The seed dates everything relative to when it ran, so
 * each test picks its `now` from the seeded rows (the seed's moment, a seeded meeting's start).
 */

const ZONE = "America/Chicago";
const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

let handle: DatabaseHandle;
let districtId: string;
let seededAt: Date;

interface Row extends SentNotificationRow {
  subject_id: string | null;
  dedupe_key: string | null;
  district_id: string;
  person_district: string;
}

function notifications(where = sql`true`) {
  return rawRows<Row>(
    handle.db,
    sql`select p.email, n.kind::text as kind, n.title, n.body, n.link_app, n.link_path,
          n.subject_id, n.dedupe_key, n.district_id, p.district_id as person_district
        from notification n join person p on p.id = n.recipient_id
        where ${where} order by p.email, n.dedupe_key`,
  );
}

function run(now: Date): Promise<number> {
  return withTenant(handle.db, districtId, (tx) => scheduleDueReminders(tx, districtId, now));
}

beforeAll(async () => {
  handle = await createTestDatabase({ seed: true });
  const maria = await membershipFor(handle.db, "teacher@maplevalley.test");
  districtId = maria.districtId;
  const [district] = await rawRows<{ created_at: string | Date }>(
    handle.db,
    sql`select created_at from district where id = ${districtId}`,
  );
  seededAt = new Date(district?.created_at ?? Date.now());
});
afterAll(() => handle?.close());

describe("scheduleDueReminders", () => {
  it("reminds every member of a meeting tomorrow once, a day before and not yet an hour before", async () => {
    const [next] = await rawRows<{ id: string; starts_at: string | Date; team_id: string }>(
      handle.db,
      sql`select m.id, m.starts_at, m.team_id from support_meeting m
          join team_member tm on tm.team_id = m.team_id
          join person p on p.id = tm.person_id
          where p.email = 'teacher@maplevalley.test' and m.status = 'scheduled'
          order by m.starts_at limit 1`,
    );
    if (!next) throw new Error("The seed has no scheduled meeting for Maria's team.");
    const startsAt = new Date(next.starts_at);
    const members = await rawRows<{ email: string }>(
      handle.db,
      sql`select p.email from team_member tm join person p on p.id = tm.person_id
          where tm.team_id = ${next.team_id} and p.active order by p.email`,
    );
    const ofMeeting = sql`n.kind = 'meeting_reminder' and n.subject_id = ${next.id}`;

    const dayBefore = new Date(startsAt.getTime() - 20 * hourMs);
    expect(await run(dayBefore)).toBeGreaterThan(0);
    const reminders = await notifications(ofMeeting);
    expect(reminders.map((row) => row.email)).toEqual(members.map((row) => row.email));
    for (const row of reminders) {
      expect(row.dedupe_key).toBe(`meeting-reminder:${next.id}:1440`);
      expect(row.link_app).toBe("teacher");
      expect(row.link_path).toBe(`/meetings/${next.id}`);
      expect(row.title).toMatch(
        /^Reminder: .+ support meeting, \w{3}, \w{3} \d+, \d+:\d\d [AP]M C[SD]T$/,
      );
    }

    // The scheduler runs every tick: the second run writes nothing.
    expect(await run(dayBefore)).toBe(0);
    expect(await run(new Date(dayBefore.getTime() + 60_000))).toBe(0);

    const hourBefore = new Date(startsAt.getTime() - 30 * 60_000);
    await run(hourBefore);
    const both = await notifications(ofMeeting);
    expect(both.filter((row) => row.dedupe_key?.endsWith(":60"))).toHaveLength(members.length);
    expect(both).toHaveLength(2 * members.length);
  });

  it("a cancelled meeting is not reminded", async () => {
    const [later] = await rawRows<{ id: string; starts_at: string | Date }>(
      handle.db,
      sql`select id, starts_at from support_meeting where district_id = ${districtId}
          and status = 'scheduled' order by starts_at desc limit 1`,
    );
    if (!later) throw new Error("The seed has no later meeting.");
    await withTenant(handle.db, districtId, (tx) =>
      tx
        .update(supportMeeting)
        .set({ status: "cancelled" })
        .where(sql`${supportMeeting.id} = ${later.id}`),
    );
    await run(new Date(new Date(later.starts_at).getTime() - 2 * hourMs));
    expect(await notifications(sql`n.subject_id = ${later.id}`)).toEqual([]);
  });

  it("never nudges during a school break, and nudges once a week outside one", async () => {
    // A month after the seed nobody has opened a session for a week. An earlier test may have
    // run in the same week (the seed's meetings avoid breaks, so where they fall depends on the
    // date): that week's nudges are cleared first, so all of them are written here.
    const now = new Date(seededAt.getTime() + 30 * dayMs);
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(now);
    const weekKey = `micropd-nudge:${isoWeekKey(now, ZONE)}`;
    const nudges = sql`n.kind = 'micropd_nudge' and n.dedupe_key = ${weekKey}`;
    await withTenant(handle.db, districtId, async (tx) => {
      await tx.delete(notification).where(sql`${notification.dedupeKey} = ${weekKey}`);
      await tx.delete(schoolHoliday);
      await tx
        .insert(schoolHoliday)
        .values({ districtId, name: "Test break", startsOn: today, endsOn: today });
    });
    await run(now);
    expect(await notifications(nudges)).toEqual([]);

    await withTenant(handle.db, districtId, (tx) => tx.delete(schoolHoliday));
    await run(now);
    const written = await notifications(nudges);
    expect(written.length).toBeGreaterThan(0);
    for (const row of written) {
      expect(row.dedupe_key).toBe(`micropd-nudge:${isoWeekKey(now, ZONE)}`);
      expect(row.link_path).toMatch(/^\/stages\/[0-9a-f-]+$/);
    }
    // Running again that week nudges nobody twice.
    await run(new Date(now.getTime() + hourMs));
    expect(await notifications(nudges)).toHaveLength(written.length);
  });

  it("writes the weekly summaries on Monday from 07:00 local time, not on Sunday", async () => {
    // A Monday two weeks after the seed's last meeting, so last week holds only the meetings
    // added here (the seed moves meetings past breaks, so "five weeks on" is not always clear).
    const [last] = await rawRows<{ at: string | Date }>(
      handle.db,
      sql`select max(starts_at) as at from support_meeting where district_id = ${districtId}`,
    );
    const after = Math.max(seededAt.getTime() + 42 * dayMs, new Date(last?.at ?? 0).getTime());
    const monday = startOfLocalWeek(new Date(after + 14 * dayMs), ZONE);
    const sunday = new Date(monday.getTime() - 10 * hourMs);
    const mondayMorning = new Date(monday.getTime() + 7 * hourMs + 5 * 60_000);
    const week = isoWeekKey(mondayMorning, ZONE);
    const summaries = sql`n.dedupe_key in (${`caseload-summary:${week}`}, ${`school-summary:${week}`})`;
    const [team] = await rawRows<{ id: string; name: string }>(
      handle.db,
      sql`select t.id, t.name from team t join team_member tm on tm.team_id = t.id
          join person p on p.id = tm.person_id where p.email = 'teacher@maplevalley.test' limit 1`,
    );
    if (!team) throw new Error("Maria has no team.");
    // Her team has one protected block in the seed; last week's held meeting took place in it.
    const [block] = await rawRows<{ id: string; minutes: number }>(
      handle.db,
      sql`select id, end_minute - start_minute as minutes from collaboration_block
          where team_id = ${team.id}`,
    );
    if (!block) throw new Error("Maria's team has no collaboration block.");
    /** An hour-long meeting of her team, `daysBefore` days before this Monday. */
    const hourMeeting = (daysBefore: number, title: string) => {
      const startsAt = new Date(monday.getTime() - daysBefore * dayMs);
      return {
        districtId,
        teamId: team.id,
        title,
        startsAt,
        endsAt: new Date(startsAt.getTime() + hourMs),
      };
    };
    await withTenant(handle.db, districtId, (tx) =>
      tx.insert(supportMeeting).values([
        {
          ...hourMeeting(5, "Held last week"),
          status: "closed",
          heldMinutes: 40,
          collaborationBlockId: block.id,
        },
        { ...hourMeeting(3, "Not held last week"), status: "scheduled" },
      ]),
    );

    await run(sunday);
    await run(new Date(monday.getTime() + 6 * hourMs + 55 * 60_000));
    expect(await notifications(summaries)).toEqual([]);

    await run(mondayMorning);
    const written = await notifications(summaries);
    const coach = written.find((row) => row.email === "coach@maplevalley.test");
    expect(coach).toMatchObject({
      kind: "caseload_summary",
      dedupe_key: `caseload-summary:${week}`,
      link_app: "coach",
      link_path: "/",
    });
    expect(coach?.title).toMatch(/^Your caseload this week: /);
    const principal = written.find((row) => row.email === "principal@maplevalley.test");
    expect(principal).toMatchObject({
      kind: "school_summary",
      dedupe_key: `school-summary:${week}`,
      link_app: "admin",
      link_path: "/",
    });
    expect(principal?.body).toContain(
      `${team.name}: 1 of 2 held, 40 of ${block.minutes} collaboration minutes used`,
    );
    // Summaries are for coaches and principals only.
    expect(written.some((row) => row.email === "teacher@maplevalley.test")).toBe(false);

    await run(new Date(mondayMorning.getTime() + 2 * hourMs));
    expect(await notifications(summaries)).toHaveLength(written.length);
  });

  it("tells a teacher of a meeting commitment two days ahead, then once more when overdue", async () => {
    const [step] = await rawRows<{ id: string; email: string }>(
      handle.db,
      sql`select s.id, p.email from action_step s
          join action_plan a on a.id = s.plan_id join person p on p.id = a.person_id
          where s.district_id = ${districtId} and s.from_meeting_id is not null
            and s.status <> 'done' order by s.id limit 1`,
    );
    if (!step) throw new Error("The seed has a commitment made in a meeting.");
    const now = new Date(seededAt.getTime() + 50 * dayMs);
    const day = (offset: number) =>
      new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(
        new Date(now.getTime() + offset * dayMs),
      );
    const setDue = (dueOn: string) =>
      withTenant(handle.db, districtId, (tx) =>
        tx.execute(sql`update action_step set due_on = ${dueOn} where id = ${step.id}`),
      );
    const ofStep = sql`n.kind = 'commitment_due' and n.subject_id = ${step.id}`;
    // Earlier runs may have told of its seeded due date: start from a clean slate.
    await handle.db.execute(sql`delete from notification where subject_id = ${step.id}`);

    await setDue(day(3));
    await run(now);
    expect(await notifications(ofStep)).toEqual([]);
    await setDue(day(2));
    await run(now);
    await run(now);
    const soon = await notifications(ofStep);
    expect(soon.map((row) => [row.email, row.dedupe_key])).toEqual([
      [step.email, `commitment-due:${step.id}:soon`],
    ]);
    expect(soon[0]?.link_path).toMatch(
      new RegExp(`^/action-plan\\?stage=[0-9a-f-]+#step-${step.id}$`),
    );
    await setDue(day(-1));
    await run(now);
    await run(now);
    expect((await notifications(ofStep)).map((row) => row.dedupe_key)).toEqual([
      `commitment-due:${step.id}:overdue`,
      `commitment-due:${step.id}:soon`,
    ]);
  });

  it("tells a cohort's teachers of its workshop two days ahead", async () => {
    const [cohort] = await rawRows<{ id: string; teachers: number }>(
      handle.db,
      sql`select c.id, (select count(*)::int from enrolment e where e.cohort_id = c.id
            and e.status <> 'withdrawn') as teachers
          from cohort c where c.district_id = ${districtId} order by teachers desc limit 1`,
    );
    if (!cohort) throw new Error("The seed has a cohort.");
    const now = new Date(seededAt.getTime() + 60 * dayMs);
    await withTenant(handle.db, districtId, (tx) =>
      tx.execute(
        sql`update cohort set workshop_starts_at = ${new Date(now.getTime() + 2 * dayMs + hourMs).toISOString()}::timestamptz
            where id = ${cohort.id}`,
      ),
    );
    const ofCohort = sql`n.kind = 'workshop_upcoming' and n.subject_id = ${cohort.id}`;
    await run(now);
    expect(await notifications(ofCohort)).toEqual([]);
    await run(new Date(now.getTime() + 2 * hourMs));
    await run(new Date(now.getTime() + 3 * hourMs));
    const told = await notifications(ofCohort);
    expect(told).toHaveLength(cohort.teachers);
    for (const row of told) expect(row.dedupe_key).toBe(`workshop:${cohort.id}`);
  });

  it("writes only to people of the district it runs for", async () => {
    const all = await notifications();
    expect(all.length).toBeGreaterThan(0);
    for (const row of all) {
      expect(row.district_id).toBe(districtId);
      expect(row.person_district).toBe(districtId);
    }
  });
});
