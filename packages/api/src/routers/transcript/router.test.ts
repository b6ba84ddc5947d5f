import { rawRows } from "@throughline/db/testing";
import { schoolYearFor } from "@throughline/domain/rules/school-year";
import { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

const api = testApiPerFile();
let personId: string;
const thisYear = schoolYearFor(new Date());

beforeAll(async () => {
  personId = (await (await api.callerFor("teacher@maplevalley.test")).viewer.me()).person.id;
});

/** The teacher's PD minutes by kind, worked out from the stored rows with plain SQL. */
async function expectedMinutes() {
  const [workshop] = await rawRows<{ minutes: number }>(
    api.db,
    sql`select coalesce(sum(c.workshop_minutes), 0)::int as minutes
        from enrolment e join cohort c on c.district_id = e.district_id and c.id = e.cohort_id
        where e.person_id = ${personId} and e.workshop_attended and c.school_year = ${thisYear}`,
  );
  const sessions = await rawRows<{ minutes: number; completed_at: string | Date }>(
    api.db,
    sql`select coalesce(p.credited_minutes, s.estimated_minutes) as minutes, p.completed_at
        from micropd_progress p
        join micropd_session s on s.district_id = p.district_id and s.id = p.session_id
        where p.person_id = ${personId} and p.completed_at is not null`,
  );
  const meetings = await rawRows<{ minutes: number; starts_at: string | Date }>(
    api.db,
    sql`select (extract(epoch from m.ends_at - m.starts_at) / 60)::int as minutes, m.starts_at
        from meeting_attendance a
        join support_meeting m on m.district_id = a.district_id and m.id = a.meeting_id
        where a.person_id = ${personId} and a.attendance = 'present' and m.status = 'closed'`,
  );
  const inYear = (date: string | Date) => schoolYearFor(new Date(date)) === thisYear;
  const sum = (rows: { minutes: number }[]) => rows.reduce((total, row) => total + row.minutes, 0);
  return {
    workshop: workshop?.minutes ?? 0,
    micropd: sum(sessions.filter((row) => inYear(row.completed_at))),
    support_meeting: sum(meetings.filter((row) => inYear(row.starts_at))),
    sessionCount: sessions.filter((row) => inYear(row.completed_at)).length,
    meetingCount: meetings.filter((row) => inYear(row.starts_at)).length,
  };
}

describe("transcript.mine", () => {
  it("adds up to the teacher's recorded workshops, sessions and meetings", async () => {
    const transcript = await (await api.callerFor("teacher@maplevalley.test")).transcript.mine();
    const expected = await expectedMinutes();
    expect(expected.workshop).toBe(180);
    expect(expected.sessionCount).toBeGreaterThan(0);
    expect(expected.meetingCount).toBeGreaterThan(0);

    expect(transcript.schoolYear).toBe(thisYear);
    expect(transcript.schoolYears).toContain(thisYear);
    const { byKind, total } = transcript.totals;
    expect(byKind.workshop.minutes).toBe(expected.workshop);
    expect(byKind.micropd.minutes).toBe(expected.micropd);
    expect(byKind.support_meeting.minutes).toBe(expected.support_meeting);
    const all = expected.workshop + expected.micropd + expected.support_meeting;
    expect(total.minutes).toBe(all);
    // The total is what the lines, as shown, add up to.
    expect(total.hours).toBe(
      transcript.activities.reduce((sum, activity) => sum + Math.round(activity.hours * 10), 0) /
        10,
    );

    const count = (kind: string) => transcript.activities.filter((a) => a.kind === kind).length;
    expect(count("workshop")).toBe(1);
    expect(count("micropd")).toBe(expected.sessionCount);
    expect(count("support_meeting")).toBe(expected.meetingCount);
    const dates = transcript.activities.map((activity) => activity.date.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
  });

  it("counts the credited minutes, and the session's estimate where none were credited", async () => {
    const rows = await rawRows<{ id: string; estimated: number }>(
      api.db,
      sql`select p.id::text as id, s.estimated_minutes as estimated
          from micropd_progress p
          join micropd_session s on s.district_id = p.district_id and s.id = p.session_id
          where p.person_id = ${personId} and p.completed_at is not null order by p.completed_at`,
    );
    const [credited, legacy] = rows;
    if (!credited || !legacy) throw new Error("The demo teacher has completed two sessions.");
    const teacher = await api.callerFor("teacher@maplevalley.test");
    const before = (await teacher.transcript.mine()).totals.byKind.micropd.minutes;

    // One session credited 20 minutes when it was taken; one from before credits were kept.
    await rawRows(
      api.db,
      sql`update micropd_progress set credited_minutes = 20 where id = ${credited.id}`,
    );
    await rawRows(
      api.db,
      sql`update micropd_progress set credited_minutes = null where id = ${legacy.id}`,
    );
    const after = (await teacher.transcript.mine()).totals.byKind.micropd.minutes;
    expect(after).toBe(before - credited.estimated + 20);
    expect(after).toBe((await expectedMinutes()).micropd);
  });

  it("is empty, with zero totals, for a school year with nothing in it", async () => {
    const teacher = await api.callerFor("teacher@maplevalley.test");
    const transcript = await teacher.transcript.mine({ schoolYear: "2001-02" });
    expect(transcript.activities).toEqual([]);
    expect(transcript.totals.total).toEqual({ minutes: 0, hours: 0 });
    expect(transcript.schoolYears).toContain("2001-02");
  });

  it("names the field when the school year is malformed", async () => {
    const teacher = await api.callerFor("teacher@maplevalley.test");
    try {
      await teacher.transcript.mine({ schoolYear: "2026" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe("BAD_REQUEST");
    }
  });

  it("is only for teachers", async () => {
    const principal = await api.callerFor("principal@maplevalley.test");
    expect(await codeOf(principal.transcript.mine())).toBe("FORBIDDEN");
    expect(await codeOf(principal.transcript.csv())).toBe("FORBIDDEN");
  });
});

describe("transcript.csv", () => {
  it("has a header, one line per activity and the totals", async () => {
    const teacher = await api.callerFor("teacher@maplevalley.test");
    const transcript = await teacher.transcript.mine();
    const { fileName, csv } = await teacher.transcript.csv();
    expect(fileName).toBe(`pd-hours-${thisYear}.csv`);

    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\n");
    expect(lines[0]).toBe("Date (America/Chicago),Activity,Title,Provider,Minutes,Hours");
    // Header, activities, a subtotal per kind (5), the external hours and the total.
    expect(lines).toHaveLength(1 + transcript.activities.length + 5 + 1 + 1);
    expect(lines.filter((line) => line.includes(",Workshop,"))).toHaveLength(1);
    const { total, byKind } = transcript.totals;
    expect(lines).toContain(
      `,Total: Workshop,,,${byKind.workshop.minutes},${byKind.workshop.hours.toFixed(1)}`,
    );
    expect(lines.at(-1)).toBe(
      `,Total,PD hours ${thisYear},,${total.minutes},${total.hours.toFixed(1)}`,
    );
  });
});

describe("one date and one number on the page, in the CSV and in the record", () => {
  // 11:30 PM on Saturday 21 November in Chicago is already 22 November in UTC.
  const lateMeeting = new Date("2026-11-22T05:30:00Z");

  beforeAll(async () => {
    const [team] = await rawRows<{ team_id: string; district_id: string }>(
      api.db,
      sql`select team_id::text, district_id::text from team_member where person_id = ${personId} limit 1`,
    );
    if (!team) throw new Error("The demo teacher belongs to a team.");
    // Three meetings of 105 minutes: 1.8 h each on its line, 5.4 h together, though their 315
    // minutes round to 5.3 h.
    // A fourth of 40 minutes at 11:30 PM local time.
    const meetings = [
      { startsAt: new Date("2026-11-17T21:00:00Z"), minutes: 105, title: "Long PLC 1" },
      { startsAt: new Date("2026-11-18T21:00:00Z"), minutes: 105, title: "Long PLC 2" },
      { startsAt: new Date("2026-11-19T21:00:00Z"), minutes: 105, title: "Long PLC 3" },
      { startsAt: lateMeeting, minutes: 40, title: "Late PLC" },
    ];
    for (const meeting of meetings) {
      const endsAt = new Date(meeting.startsAt.getTime() + meeting.minutes * 60_000);
      const [row] = await rawRows<{ id: string }>(
        api.db,
        sql`insert into support_meeting (district_id, id, team_id, title, starts_at, ends_at, status, held_minutes)
            values (${team.district_id}, gen_random_uuid(), ${team.team_id}, ${meeting.title},
              ${meeting.startsAt.toISOString()}, ${endsAt.toISOString()}, 'closed', ${meeting.minutes})
            returning id::text`,
      );
      await rawRows(
        api.db,
        sql`insert into meeting_attendance (district_id, id, meeting_id, person_id, attendance)
            values (${team.district_id}, gen_random_uuid(), ${row?.id}, ${personId}, 'present')`,
      );
    }
  });

  it("dates a meeting held at 11:30 PM on the district's day, on the page and in the CSV", async () => {
    const teacher = await api.callerFor("teacher@maplevalley.test");
    const transcript = await teacher.transcript.mine();
    expect(transcript.timeZone).toBe("America/Chicago");
    const late = transcript.activities.find((activity) => activity.title === "Late PLC");
    expect(late?.day).toBe("2026-11-21");

    const { csv } = await teacher.transcript.csv();
    const lines = csv.slice(1).trimEnd().split("\n");
    expect(lines[0]).toBe("Date (America/Chicago),Activity,Title,Provider,Minutes,Hours");
    expect(lines).toContain("2026-11-21,Support meeting,Late PLC,,40,0.7");
    // Every line of the CSV carries the day the page shows for it.
    transcript.activities.forEach((activity, index) => {
      expect(lines[index + 1]?.startsWith(`${activity.day},`)).toBe(true);
    });
  });

  it("adds the lines' hours, as shown, up to each total on the page and in the CSV", async () => {
    const teacher = await api.callerFor("teacher@maplevalley.test");
    const transcript = await teacher.transcript.mine();
    const tenths = (hours: number) => Math.round(hours * 10);
    const meetings = transcript.activities.filter((a) => a.kind === "support_meeting");
    expect(meetings.filter((a) => a.title.startsWith("Long PLC")).map((a) => a.hours)).toEqual([
      1.8, 1.8, 1.8,
    ]);
    expect(tenths(transcript.totals.byKind.support_meeting.hours)).toBe(
      meetings.reduce((sum, activity) => sum + tenths(activity.hours), 0),
    );
    expect(tenths(transcript.totals.total.hours)).toBe(
      transcript.activities.reduce((sum, activity) => sum + tenths(activity.hours), 0),
    );

    const { csv } = await teacher.transcript.csv();
    const rows = csv
      .slice(1)
      .trimEnd()
      .split("\n")
      .slice(1, 1 + transcript.activities.length);
    const csvTenths = rows.reduce((sum, line) => sum + tenths(Number(line.split(",").at(-1))), 0);
    expect(
      csv
        .trimEnd()
        .split("\n")
        .at(-1)
        ?.endsWith(`,${(csvTenths / 10).toFixed(1)}`),
    ).toBe(true);
  });
});
