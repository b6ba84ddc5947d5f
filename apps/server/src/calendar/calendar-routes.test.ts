import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { testServerPerFile } from "../testing/test-server-per-file.ts";

const PUBLIC_URL = "https://throughline.example.org";
const MARIA = "teacher@maplevalley.test";

let mapleId: string;
let cedarId: string;

const { api, app } = testServerPerFile({ publicUrl: PUBLIC_URL });

beforeAll(async () => {
  const districts = await rawRows<{ id: string; slug: string }>(
    api.db,
    sql`select id::text as id, slug from district`,
  );
  mapleId = districts.find((d) => d.slug === "maple-valley")?.id ?? "";
  cedarId = districts.find((d) => d.slug !== "maple-valley")?.id ?? "";
});

/** The path of a fresh feed of the person (the tRPC answer carries the tests' origin). */
async function newFeedPath(email: string): Promise<string> {
  const { url } = await (await api.callerFor(email)).calendar.createFeed();
  return new URL(url).pathname;
}

function parse(body: string) {
  const calendar = new ICAL.Component(ICAL.parse(body));
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => ({
    uid: String(vevent.getFirstPropertyValue("uid")),
    sequence: Number(vevent.getFirstPropertyValue("sequence")),
    summary: String(vevent.getFirstPropertyValue("summary")),
    status: String(vevent.getFirstPropertyValue("status")),
    description: String(vevent.getFirstPropertyValue("description")),
    dtstamp: vevent.getFirstPropertyValue("dtstamp"),
    start: vevent.getFirstPropertyValue("dtstart"),
  }));
  return { calendar, events };
}

/** The ids and sequences of the meetings of the person's teams from 60 days ago on. */
async function meetingIdsOf(email: string) {
  const rows = await rawRows<{ id: string; sequence: number }>(
    api.db,
    sql`select m.id::text as id, m.sequence from support_meeting m
        join team_member tm on tm.district_id = m.district_id and tm.team_id = m.team_id
        join person p on p.district_id = tm.district_id and p.id = tm.person_id
        where p.email = ${email} and m.ends_at >= now() - interval '60 days'`,
  );
  return rows;
}

describe("GET /calendar/:districtId/:token.ics", () => {
  it("answers a calendar that parses, with the person's meetings, UIDs and SEQUENCE", async () => {
    const [next] = await rawRows<{ id: string }>(
      api.db,
      sql`select m.id::text as id from support_meeting m
          join team_member tm on tm.district_id = m.district_id and tm.team_id = m.team_id
          join person p on p.district_id = tm.district_id and p.id = tm.person_id
          where p.email = ${MARIA} and m.starts_at > now() order by m.starts_at limit 1`,
    );
    // A later slice bumps the sequence when a meeting changes; the feed must carry it.
    await api.db.execute(
      sql`update support_meeting set sequence = 2, status = 'cancelled' where id = ${next?.id}`,
    );
    const path = await newFeedPath(MARIA);
    expect(path.startsWith(`/calendar/${mapleId}/`)).toBe(true);

    const response = await app.request(path);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, max-age=300");
    const body = await response.text();
    const { calendar, events } = parse(body);

    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Throughline — Maria Delgado");
    // Times stay instants in UTC; the calendar names the district's zone for apps that read it.
    expect(calendar.getFirstPropertyValue("x-wr-timezone")).toBe("America/Chicago");

    const expected = await meetingIdsOf(MARIA);
    expect(expected.length).toBeGreaterThanOrEqual(4);
    const meetingUids = events.filter((e) => e.uid.startsWith("meeting-")).map((e) => e.uid);
    expect(new Set(meetingUids)).toEqual(
      new Set(expected.map((m) => `meeting-${m.id}@throughline`)),
    );
    for (const event of events) expect(event.dtstamp).toBeTruthy();

    const changed = events.find((e) => e.uid === `meeting-${next?.id}@throughline`);
    expect(changed).toMatchObject({ sequence: 2, status: "CANCELLED" });
    // The seeded next meeting follows the Collaborative lesson planning protocol.
    expect(changed?.description).toContain(
      "Agenda:\n1. Learning goal (5 min)\n2. Plan the strategy",
    );
    // Its text gives the time in the district's zone, with the zone.
    const chicagoClock = new Intl.DateTimeFormat("en-US", {
      timeZone: "America/Chicago",
      hour: "numeric",
      minute: "2-digit",
    });
    const start = changed?.start;
    const startsAt = start instanceof ICAL.Time ? start.toJSDate() : new Date(Number.NaN);
    expect(changed?.description).toMatch(
      new RegExp(`When: .*, ${chicagoClock.format(startsAt)} – .* C[SD]T`),
    );
    expect(body).toContain(`${PUBLIC_URL}/`);
  });

  it("gives the same UIDs on every fetch", async () => {
    const path = await newFeedPath("coach@maplevalley.test");
    const first = parse(await (await app.request(path)).text()).events.map((e) => e.uid);
    const again = parse(await (await app.request(path)).text()).events.map((e) => e.uid);
    expect(first.length).toBeGreaterThan(0);
    // Janelle coaches cohorts: their workshops are in her feed too.
    expect(first.some((uid) => uid.startsWith("workshop-"))).toBe(true);
    expect(again).toEqual(first);
  });

  it("never shows a person another team's meetings", async () => {
    const path = await newFeedPath(MARIA);
    const { events } = parse(await (await app.request(path)).text());
    const mine = new Set((await meetingIdsOf(MARIA)).map((m) => `meeting-${m.id}@throughline`));
    const others = events.filter((e) => e.uid.startsWith("meeting-") && !mine.has(e.uid));
    expect(others).toEqual([]);
  });

  it("answers 404 for a revoked or rotated token", async () => {
    const old = await newFeedPath("leader@maplevalley.test");
    const current = await newFeedPath("leader@maplevalley.test");
    expect((await app.request(old)).status).toBe(404);
    expect((await app.request(current)).status).toBe(200);
    await (await api.callerFor("leader@maplevalley.test")).calendar.revokeFeed();
    const revoked = await app.request(current);
    expect(revoked.status).toBe(404);
    expect(await revoked.text()).toBe("Not found");
  });

  it("answers 404 for a token used with another district's id", async () => {
    const path = await newFeedPath("principal@maplevalley.test");
    expect(cedarId).not.toBe("");
    const response = await app.request(path.replace(mapleId, cedarId));
    expect(response.status).toBe(404);
  });

  it.each([
    "/calendar/not-a-district/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.ics",
    "/calendar/00000000-0000-4000-8000-000000000000/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.ics",
    "/calendar/MAPLE/short.ics",
    "/calendar/MAPLE/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "/calendar/MAPLE/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.ics",
    "/calendar/MAPLE",
  ])("answers 404 for %s", async (path) => {
    const response = await app.request(path.replace("MAPLE", mapleId));
    expect(response.status).toBe(404);
  });
});
