import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { teamMeetingInput } from "../../testing/team-meeting-input.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";

/*
 * Meetings fitted to the school's real week: a series leaves out a district break, and a held
 * meeting inside the team's block counts as block time used. Everything timed is created here,
 * relative to today.
 */

const api = testApiPerFile({ seed: false });
let district: TestDistrict;
let teamCoach: TestPerson;
let teamId: string;
let districtId: string;
let agenda: string[];

const DAY = 86_400_000;

/** 19:00 UTC (13:00 or 14:00 in Chicago) on the first Tuesday at least `days` from now. */
function tuesdayFromNow(days: number): Date {
  const at = new Date(Date.now() + days * DAY);
  at.setUTCHours(19, 0, 0, 0);
  while (at.getUTCDay() !== 2) at.setUTCDate(at.getUTCDate() + 1);
  return at;
}

const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const plusDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);

/** A weekly series of 45-minute meetings in the Library, from `first` until `weeks` weeks on. */
function weeklySeries(title: string, first: Date, weeks: number) {
  const weeklyUntil = dayOf(plusDays(first, weeks * 7));
  return teamMeetingInput({ teamId, title, startsAt: first, agenda, weeklyUntil });
}

/** Weekdays 8:00–15:00 in the district's time zone (Chicago). */
const SCHOOL_DAY = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  startMinute: 8 * 60,
  endMinute: 15 * 60,
  name: "School day",
}));

// A team of a school whose bell schedule is the school day, led by a district coach.
beforeAll(async () => {
  district = await testDistrict(api);
  districtId = district.districtId;
  const school = await district.school();
  const teacher = await district.person({ role: "teacher", school });
  teamCoach = await district.person({ role: "coach" });
  const team = await district.team({ school, members: [teacher], facilitator: teamCoach });
  teamId = team.id;
  const admin = await district.callerFor(district.admin);
  await admin.collaboration.saveBellSchedule({ schoolId: school.id, periods: SCHOOL_DAY });
  const protocols = await (await district.callerFor(teamCoach)).protocols.list();
  agenda = protocols[0]?.steps.map((step) => step.id) ?? [];
});

describe("a series and the district's breaks", () => {
  it("leaves out the weeks of a break and names it", async () => {
    const first = tuesdayFromNow(120);
    await rawRows(
      api.db,
      sql`insert into school_holiday (district_id, name, starts_on, ends_on)
        values (${districtId}, 'Test week off', ${dayOf(plusDays(first, 6))},
          ${dayOf(plusDays(first, 15))}) returning id`,
    );
    const coach = await district.callerFor(teamCoach);
    const result = await coach.meetings.schedule(weeklySeries("Weekly planning", first, 4));
    // Five Tuesdays; the two inside the break are skipped, not scheduled.
    const inBreak = result.skipped.filter((row) => row.breakName === "Test week off");
    expect(inBreak.map((row) => dayOf(row.startsAt))).toEqual([
      dayOf(plusDays(first, 7)),
      dayOf(plusDays(first, 14)),
    ]);
    expect(result.meetingIds.length + result.skipped.length).toBe(5);
    const created = await rawRows<{ day: string }>(
      api.db,
      sql`select to_char(starts_at at time zone 'UTC', 'YYYY-MM-DD') as day from support_meeting
        where series_id = ${result.seriesId} order by starts_at`,
    );
    expect(created.map((row) => row.day)).not.toContain(dayOf(plusDays(first, 7)));
    expect(created.map((row) => row.day)).toContain(dayOf(first));
  });

  it("flags a one-off meeting in a break and a meeting after the school day", async () => {
    const day = tuesdayFromNow(200);
    await rawRows(
      api.db,
      sql`insert into school_holiday (district_id, name, starts_on, ends_on)
        values (${districtId}, 'Test day off', ${dayOf(day)}, ${dayOf(day)}) returning id`,
    );
    const coach = await district.callerFor(teamCoach);
    const late = new Date(day.getTime() + 4 * 60 * 60_000); // 23:00 UTC: evening in Chicago
    const result = await coach.meetings.schedule({
      teamId,
      title: "Catch-up",
      startsAt: late,
      endsAt: new Date(late.getTime() + 30 * 60_000),
      location: "Library",
      videoUrl: null,
      timeZone: "America/Chicago",
      recurrence: null,
      agenda,
    });
    expect(result.meetingIds).toHaveLength(1);
    expect(result.warnings).toContain("The meeting falls in Test day off.");
    expect(result.warnings.some((warning) => warning.includes("after the school day ends"))).toBe(
      true,
    );
  });
});

describe("block time used", () => {
  it("counts a held meeting inside the team's block, not one outside it", async () => {
    const admin = await district.callerFor(district.admin);
    const usedMinutes = async () =>
      (await admin.dashboard.team({ teamId })).metrics.collaborationUsedMinutes;
    // A Sunday block nobody else uses, 10:00–10:45 Chicago time, and two Sundays in the past.
    await rawRows(
      api.db,
      sql`insert into collaboration_block
        (district_id, team_id, weekday, start_minute, end_minute, created_by_id)
        values (${districtId}, ${teamId}, 7, 600, 645, ${teamCoach.id}) returning id`,
    );
    const before = await usedMinutes();
    const sunday = new Date(Date.now() - 3 * DAY);
    while (sunday.getUTCDay() !== 0) sunday.setUTCDate(sunday.getUTCDate() - 1);
    const chicagoTen = `${dayOf(sunday)}T10:00:00-06:00`;
    const held = async (startsAt: string) =>
      rawRows(
        api.db,
        sql`insert into support_meeting
          (district_id, team_id, title, starts_at, ends_at, status, held_minutes)
          values (${districtId}, ${teamId}, 'Block meeting', ${startsAt}::timestamptz,
            ${startsAt}::timestamptz + interval '45 minutes', 'closed', 45) returning id`,
      );
    await held(chicagoTen);
    const inBlock = await usedMinutes();
    expect(inBlock - before).toBe(45);
    // The same Sunday at 16:00: outside the block, so nothing more is used.
    await held(`${dayOf(sunday)}T16:00:00-06:00`);
    expect(await usedMinutes()).toBe(inBlock);
  });
});

describe("editing a scheduled meeting", () => {
  it("moves and renames this and the following meetings of a series, not the earlier ones", async () => {
    const coach = await district.callerFor(teamCoach);
    const first = tuesdayFromNow(260);
    const { meetingIds } = await coach.meetings.schedule(weeklySeries("Weekly planning", first, 2));
    const [, second] = meetingIds;
    const [row] = await rawRows<{ starts_at: Date }>(
      api.db,
      sql`select starts_at from support_meeting where id = ${second}`,
    );
    const secondStarts = new Date(row?.starts_at ?? 0);
    const later = new Date(secondStarts.getTime() + 30 * 60_000);
    const result = await coach.meetings.reschedule({
      id: second ?? "",
      startsAt: later,
      endsAt: new Date(later.getTime() + 60 * 60_000),
      location: "Room 12",
      videoUrl: null,
      title: "Planning, moved",
      andFollowing: true,
    });
    expect(result.movedIds.sort()).toEqual(meetingIds.slice(1).sort());
    const rows = await rawRows<{ title: string; minutes: number; shift: number }>(
      api.db,
      sql`select title, extract(epoch from ends_at - starts_at)::int / 60 as minutes,
          (extract(epoch from starts_at)::bigint % 3600) / 60 as shift
        from support_meeting where id in ${sql.raw(`('${meetingIds.join("','")}')`)}
        order by starts_at`,
    );
    expect(rows.map((r) => [r.title, Number(r.minutes), Number(r.shift)])).toEqual([
      ["Weekly planning", 45, 0],
      ["Planning, moved", 60, 30],
      ["Planning, moved", 60, 30],
    ]);
  });
});

describe("changing a scheduled meeting's agenda", () => {
  const titlesOf = async (meetingId: string) =>
    (
      await rawRows<{ title: string }>(
        api.db,
        sql`select title from meeting_agenda_item where meeting_id = ${meetingId} order by position`,
      )
    ).map((row) => row.title);

  it("replaces the agenda of one meeting, or of it and the rest of its series", async () => {
    const coach = await district.callerFor(teamCoach);
    const protocols = await coach.protocols.list();
    const [lastStep] = (protocols[1] ?? protocols[0])?.steps.slice(-1) ?? [];
    const first = tuesdayFromNow(300);
    const times = (at: Date) => ({ startsAt: at, endsAt: new Date(at.getTime() + 45 * 60_000) });
    const { meetingIds } = await coach.meetings.schedule(
      weeklySeries("Series to re-plan", first, 2),
    );
    const [one, two, three] = meetingIds;
    const before = await titlesOf(one ?? "");
    const newAgenda = [lastStep?.id ?? "", agenda[0] ?? ""];
    const expected = [lastStep?.title, protocols[0]?.steps[0]?.title];

    const move = { location: "Library", videoUrl: null, agenda: newAgenda };
    await coach.meetings.reschedule({ id: one ?? "", ...times(first), ...move });
    expect(await titlesOf(one ?? "")).toEqual(expected);
    expect(await titlesOf(two ?? "")).toEqual(before);

    await coach.meetings.reschedule({
      id: two ?? "",
      ...times(plusDays(first, 7)),
      ...move,
      agenda: [agenda[0] ?? ""],
      andFollowing: true,
    });
    for (const id of [two, three]) {
      expect(await titlesOf(id ?? "")).toEqual([protocols[0]?.steps[0]?.title]);
    }
    expect(await titlesOf(one ?? "")).toEqual(expected);
  });
});
