import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { hashFeedToken } from "../../calendar-feed-token.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";
import { scheduledTeamMeeting } from "../../testing/test-district-meetings.ts";

const api = testApiPerFile({ seed: false });
let district: TestDistrict;
let people: Record<"teacher" | "coach" | "principal" | "leader", TestPerson>;

// A teacher on the team her coach facilitates, and another team she is not on; each team has a
// meeting next week.
beforeAll(async () => {
  district = await testDistrict(api);
  const world = await district.coachedTeacher();
  const school = world.school;
  people = { ...world, leader: await district.person({ role: "teacher", school }) };
  const teams = [
    await district.team({
      school,
      name: "K–2 Literacy PLC",
      members: [people.teacher],
      facilitator: people.coach,
    }),
    await district.team({
      school,
      name: "Grades 3–5 Team",
      members: [people.leader],
      facilitator: people.coach,
    }),
  ];
  const coach = await district.callerFor(people.coach);
  for (const team of teams) await scheduledTeamMeeting(coach, team);
});

const feedUrlPattern =
  /^http:\/\/localhost:3000\/calendar\/([0-9a-f-]{36})\/([A-Za-z0-9_-]{43})\.ics$/;

function tokenOf(url: string): string {
  return feedUrlPattern.exec(url)?.[2] ?? "";
}

async function storedFeeds(email: string) {
  return rawRows<{ token_hash: string; revoked: boolean }>(
    api.db,
    sql`select f.token_hash, f.revoked_at is not null as revoked from calendar_feed f
        join person p on p.district_id = f.district_id and p.id = f.person_id
        where p.email = ${email} order by f.created_at, f.revoked_at nulls last`,
  );
}

describe("calendar feed", () => {
  it("starts with no feed", async () => {
    const caller = await district.callerFor(people.leader);
    expect(await caller.calendar.feed()).toEqual({ active: false, createdAt: null });
  });

  it("returns the URL once on creation and stores only the token's hash", async () => {
    const caller = await district.callerFor(people.teacher);
    const created = await caller.calendar.createFeed();
    expect(created.url).toMatch(feedUrlPattern);
    const token = tokenOf(created.url);
    expect(feedUrlPattern.exec(created.url)?.[1]).toBe(district.districtId);

    const status = await caller.calendar.feed();
    expect(status.active).toBe(true);
    expect(status.createdAt).toEqual(created.createdAt);
    // The status never carries the link or its secret.
    expect(JSON.stringify(status)).not.toContain(token);

    const stored = await storedFeeds(people.teacher.email);
    expect(stored.map((row) => row.token_hash)).toEqual([hashFeedToken(token)]);
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it("rotating revokes the old link and gives a new one", async () => {
    const caller = await district.callerFor(people.coach);
    const first = await caller.calendar.createFeed();
    const second = await caller.calendar.createFeed();
    expect(tokenOf(second.url)).not.toBe(tokenOf(first.url));
    const stored = await storedFeeds(people.coach.email);
    expect(stored).toEqual([
      { token_hash: hashFeedToken(tokenOf(first.url)), revoked: true },
      { token_hash: hashFeedToken(tokenOf(second.url)), revoked: false },
    ]);
  });

  it("revoking turns the feed off", async () => {
    const caller = await district.callerFor(people.principal);
    await caller.calendar.createFeed();
    expect(await caller.calendar.revokeFeed()).toEqual({ revoked: true });
    expect(await caller.calendar.feed()).toEqual({ active: false, createdAt: null });
    expect((await storedFeeds(people.principal.email)).every((f) => f.revoked)).toBe(true);
    expect(await caller.calendar.revokeFeed()).toEqual({ revoked: false });
  });

  it("refuses a signed-out caller", async () => {
    await expect(api.anonymous().calendar.createFeed()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});

describe("calendar.upcoming", () => {
  it("lists the teacher's next team meeting and nothing of teams she is not on", async () => {
    const events = await (await district.callerFor(people.teacher)).calendar.upcoming();
    const meetings = events.filter((event) => event.kind === "meeting");
    expect(meetings.length).toBeGreaterThanOrEqual(1);
    expect(meetings.every((event) => event.startsAt.getTime() > Date.now() - 3_600_000)).toBe(true);
    expect(meetings[0]?.description).toContain("K–2 Literacy PLC");
    const otherTeams = await rawRows<{ id: string }>(
      api.db,
      sql`select m.id::text as id from support_meeting m
          where not exists (
            select 1 from team_member tm join person p
              on p.district_id = tm.district_id and p.id = tm.person_id
            where tm.district_id = m.district_id and tm.team_id = m.team_id
              and p.email = ${people.teacher.email})`,
    );
    const shown = new Set(events.map((event) => event.id));
    expect(otherTeams.filter((row) => shown.has(row.id))).toEqual([]);
  });
});
