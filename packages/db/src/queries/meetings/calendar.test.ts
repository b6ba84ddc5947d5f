import { sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { demoPeople } from "../../seed/demo-logins.ts";
import { addDays } from "../../seed/time.ts";
import { membershipFor, rawRows } from "../../testing.ts";
import { seededDatabasePerFile } from "../../testing-seeded.ts";
import {
  createFeed,
  findFeedOwnerByTokenHash,
  findLiveFeed,
  listCalendarMeetings,
  listCalendarWorkshops,
  revokeFeeds,
} from "./calendar.ts";

const seeded = seededDatabasePerFile();
const { as } = seeded;

const sixtyDaysAgo = () => addDays(new Date(), -60);

describe("listCalendarMeetings", () => {
  test("lists the meetings of the teacher's teams from 60 days ago, earliest first", async () => {
    const meetings = await as(demoPeople.teacher.email, (tx, who) =>
      listCalendarMeetings(tx, { personId: who.personId, from: sixtyDaysAgo() }),
    );
    expect(meetings.length).toBeGreaterThanOrEqual(4);
    expect(meetings.map((m) => m.teamName)).toContain("K–2 Literacy PLC");
    const starts = meetings.map((m) => m.startsAt.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // Exactly the meetings of teams she belongs to, counted by the owner connection.
    const who = await membershipFor(seeded.db, demoPeople.teacher.email);
    const expected = await rawRows<{ id: string }>(
      seeded.db,
      sql`select m.id::text as id from support_meeting m
          join team_member tm on tm.district_id = m.district_id and tm.team_id = m.team_id
          where tm.person_id = ${who.personId} and m.ends_at >= ${sixtyDaysAgo().toISOString()}`,
    );
    expect(new Set(meetings.map((m) => m.id))).toEqual(new Set(expected.map((r) => r.id)));
  });

  test("includes the meetings of a team the person facilitates", async () => {
    const meetings = await as(demoPeople.coach.email, (tx, who) =>
      listCalendarMeetings(tx, { personId: who.personId, from: sixtyDaysAgo() }),
    );
    expect(meetings.map((m) => m.teamName)).toContain("K–2 Literacy PLC");
  });

  test("carries the meeting's sequence and leaves out meetings before the window", async () => {
    const future = await as(demoPeople.teacher.email, (tx, who) =>
      listCalendarMeetings(tx, { personId: who.personId, from: new Date() }),
    );
    const [next] = future;
    expect(next).toBeDefined();
    expect(future.every((m) => m.endsAt.getTime() >= Date.now())).toBe(true);
    await seeded.db.execute(sql`update support_meeting set sequence = 7 where id = ${next?.id}`);
    const again = await as(demoPeople.teacher.email, (tx, who) =>
      listCalendarMeetings(tx, { personId: who.personId, from: new Date() }),
    );
    expect(again.find((m) => m.id === next?.id)?.sequence).toBe(7);
  });
});

describe("listCalendarWorkshops", () => {
  test("lists the workshops of cohorts the person is in or coaches, ending after their minutes", async () => {
    const who = await membershipFor(seeded.db, demoPeople.coach.email);
    const coached = await rawRows<{ id: string }>(
      seeded.db,
      sql`select id::text as id from cohort
          where coach_id = ${who.personId} and workshop_starts_at is not null`,
    );
    const workshops = await as(demoPeople.coach.email, (tx) =>
      listCalendarWorkshops(tx, { personId: who.personId, from: new Date(0) }),
    );
    expect(new Set(workshops.map((w) => w.cohortId))).toEqual(new Set(coached.map((r) => r.id)));
    expect(workshops.every((w) => w.minutes > 0)).toBe(true);
  });

  test("a teacher sees her own cohort's workshop and no other", async () => {
    const who = await membershipFor(seeded.db, demoPeople.teacher.email);
    const mine = await rawRows<{ cohort_id: string }>(
      seeded.db,
      sql`select e.cohort_id::text as cohort_id from enrolment e
          join cohort c on c.district_id = e.district_id and c.id = e.cohort_id
          where e.person_id = ${who.personId} and e.status = 'active'
            and c.workshop_starts_at is not null`,
    );
    const workshops = await as(demoPeople.teacher.email, (tx) =>
      listCalendarWorkshops(tx, { personId: who.personId, from: new Date(0) }),
    );
    expect(workshops.map((w) => w.cohortId).sort()).toEqual(mine.map((r) => r.cohort_id).sort());
  });
});

describe("calendar feeds", () => {
  test("create, rotate, find by token hash and revoke", async () => {
    const email = demoPeople.principal.email;
    await as(email, async (tx, who) => {
      expect(await findLiveFeed(tx, { personId: who.personId })).toBeNull();
      const first = await createFeed(tx, { ...who, tokenHash: "a".repeat(64), now: new Date() });
      expect(await findLiveFeed(tx, { personId: who.personId })).toEqual(first);
      expect(await findFeedOwnerByTokenHash(tx, { tokenHash: "a".repeat(64) })).toMatchObject({
        personId: who.personId,
        displayName: demoPeople.principal.displayName,
      });

      const second = await createFeed(tx, { ...who, tokenHash: "b".repeat(64), now: new Date() });
      expect(second.id).not.toBe(first.id);
      expect(await findFeedOwnerByTokenHash(tx, { tokenHash: "a".repeat(64) })).toBeNull();
      expect(await findFeedOwnerByTokenHash(tx, { tokenHash: "b".repeat(64) })).not.toBeNull();

      expect(await revokeFeeds(tx, { personId: who.personId, now: new Date() })).toBe(1);
      expect(await findLiveFeed(tx, { personId: who.personId })).toBeNull();
      expect(await findFeedOwnerByTokenHash(tx, { tokenHash: "b".repeat(64) })).toBeNull();
    });
  });

  test("a token hash of one district finds nothing in another", async () => {
    const maple = await as(demoPeople.admin.email, (tx, who) =>
      createFeed(tx, { ...who, tokenHash: "c".repeat(64), now: new Date() }),
    );
    expect(maple.id).toBeTruthy();
    const owner = await as("coach@cedarridge.test", (tx) =>
      findFeedOwnerByTokenHash(tx, { tokenHash: "c".repeat(64) }),
    );
    expect(owner).toBeNull();
  });
});
