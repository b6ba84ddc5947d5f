import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { refusalOf } from "../../testing/field-errors.ts";
import { teamMeetingInput } from "../../testing/team-meeting-input.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";
import { heldTeamMeeting } from "../../testing/test-district-meetings.ts";

const api = testApiPerFile({ seed: false });
let district: TestDistrict;
let people: Record<"teacher" | "coach" | "leader" | "outsider", TestPerson>;
let k2TeamId: string;
let grades35TeamId: string;
let lookingAtWork: string[];
let checkInFirstStep: string;
let otherDistrictStep: string;

const DAY = 86_400_000;

/** A whole hour `days` from now, so every run schedules in the future. */
function hoursFromNow(days: number, plusMinutes = 0): Date {
  const at = new Date(Date.now() + days * DAY);
  at.setUTCMinutes(0, 0, 0);
  return new Date(at.getTime() + plusMinutes * 60_000);
}

function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function meetingInput(overrides: Record<string, unknown> = {}) {
  return {
    ...teamMeetingInput({
      teamId: k2TeamId,
      title: "Grade K–2 planning",
      startsAt: hoursFromNow(7),
      agenda: [...lookingAtWork, checkInFirstStep],
    }),
    ...overrides,
  };
}

// Maria, enrolled in her coach's cohort, on the K–2 team the coach leads, which has held and
// closed a meeting; a teacher leader who facilitates the Grades 3–5 team, with a teacher who is
// on that team only; and another district, whose protocol steps are not this one's.
beforeAll(async () => {
  district = await testDistrict(api);
  const {
    school,
    teacher,
    coach,
    team: k2,
  } = await district.coachedTeam({
    team: "K–2 Literacy PLC",
  });
  const leader = await district.person({ role: "teacher", school });
  const outsider = await district.person({ role: "teacher", school });
  people = { teacher, coach, leader, outsider };
  k2TeamId = k2.id;
  grades35TeamId = (
    await district.team({
      school,
      name: "Grades 3–5 Team",
      members: [leader, outsider],
      facilitator: leader,
    })
  ).id;
  const coachCaller = await district.callerFor(coach);
  await heldTeamMeeting(coachCaller, k2, {
    attendeeId: teacher.id,
    notes: "Looked at exit tickets",
    privateNote: "Nothing to add",
    commitment: "Try sentence stems",
  });
  const protocols = await coachCaller.protocols.list();
  const byName = new Map(protocols.map((p) => [p.name, p]));
  lookingAtWork = byName.get("Looking at student work")?.steps.map((s) => s.id) ?? [];
  checkInFirstStep = byName.get("Action-plan check-in")?.steps[0]?.id ?? "";
  const elsewhere = await testDistrict(api);
  const elsewhereCoach = await elsewhere.person({ role: "coach" });
  const [theirs] = await (await elsewhere.callerFor(elsewhereCoach)).protocols.list();
  otherDistrictStep = theirs?.steps[0]?.id ?? "";
  // These tests count a series' occurrences from today, whatever today is; a series skipping
  // a district's breaks is shown in week.test.ts.
  await rawRows(api.db, sql`delete from school_holiday returning id`);
});

async function agendaTitles(meetingId: string): Promise<string[]> {
  const rows = await rawRows<{ title: string }>(
    api.db,
    sql`select title from meeting_agenda_item where meeting_id = ${meetingId} order by position`,
  );
  return rows.map((row) => row.title);
}

describe("meetings.schedule", () => {
  it("schedules a one-off meeting with the agenda copied in order", async () => {
    const coach = await district.callerFor(people.coach);
    const input = meetingInput({ title: "One-off planning" });
    const result = await coach.meetings.schedule(input);
    expect(result.seriesId).toBeNull();
    expect(result.meetingIds).toHaveLength(1);
    const protocols = await coach.protocols.list();
    const steps = protocols.flatMap((p) => p.steps);
    const expected = input.agenda.map((id) => steps.find((s) => s.id === id)?.title);
    expect(await agendaTitles(result.meetingIds[0] ?? "")).toEqual(expected);
  });

  it("schedules every other week: one meeting per occurrence, each with its agenda", async () => {
    const coach = await district.callerFor(people.coach);
    const input = meetingInput({ startsAt: hoursFromNow(3), endsAt: hoursFromNow(3, 45) });
    const until = dayOf(new Date(input.startsAt.getTime() + 63 * DAY));
    const result = await coach.meetings.schedule({
      ...input,
      recurrence: { frequency: "weekly", interval: 2, until },
    });
    // Days 0, 14, 28, 42 and 56; day 70 is past the last day.
    expect(result.meetingIds).toHaveLength(5);
    expect(result.seriesId).not.toBeNull();
    const meetings = await rawRows<{ id: string; starts_at: string; ends_at: string }>(
      api.db,
      sql`select id::text as id, starts_at::text, ends_at::text from support_meeting
          where series_id = ${result.seriesId} order by starts_at`,
    );
    expect(meetings.map((m) => m.id)).toEqual(result.meetingIds);
    const starts = meetings.map((m) => new Date(m.starts_at).getTime());
    expect(starts[0]).toBe(input.startsAt.getTime());
    for (let i = 1; i < starts.length; i++) {
      // Two weeks apart in wall-clock time: within an hour of 14 days across a DST change.
      expect(Math.abs((starts[i] ?? 0) - (starts[i - 1] ?? 0) - 14 * DAY)).toBeLessThanOrEqual(
        3_600_000,
      );
    }
    for (const m of meetings) {
      expect(new Date(m.ends_at).getTime() - new Date(m.starts_at).getTime()).toBe(45 * 60_000);
    }
    const titles = await Promise.all(meetings.map((m) => agendaTitles(m.id)));
    expect(new Set(titles.map((t) => t.join("|"))).size).toBe(1);
    expect(titles[0]).toHaveLength(lookingAtWork.length + 1);
    const [series] = await rawRows<{ rrule: string; time_zone: string; duration_minutes: number }>(
      api.db,
      sql`select rrule, time_zone, duration_minutes from meeting_series where id = ${result.seriesId}`,
    );
    expect(series).toMatchObject({ time_zone: "America/Chicago", duration_minutes: 45 });
    expect(series?.rrule).toMatch(/^FREQ=WEEKLY;INTERVAL=2;BYDAY=[A-Z]{2};UNTIL=\d{8}T235959$/);

    // The member teacher sees them with the agenda; a teacher of another team does not.
    const maria = await district.callerFor(people.teacher);
    const mine = await maria.meetings.upcomingForMe();
    const seen = mine.upcoming.filter((m) => result.meetingIds.includes(m.id));
    expect(seen).toHaveLength(5);
    expect(seen[0]).toMatchObject({ repeats: true, teamName: "K–2 Literacy PLC" });
    expect(seen[0]?.agenda.map((a) => a.title)).toEqual(titles[0]);
    expect(seen[0]?.agenda.map((a) => a.position)).toEqual(titles[0]?.map((_, i) => i + 1));
    expect(seen[0]?.agenda[0]?.prompts.length).toBeGreaterThan(0);
    const outsider = await district.callerFor(people.outsider);
    const theirs = await outsider.meetings.upcomingForMe();
    expect(theirs.upcoming.some((m) => result.meetingIds.includes(m.id))).toBe(false);

    // The coach's list shows them with the series flag and the agenda's length.
    const forCoach = await coach.meetings.forCoach();
    const listed = forCoach.upcoming.find((m) => m.id === result.meetingIds[0]);
    expect(listed?.seriesId).toBe(result.seriesId);
    expect(listed?.agendaSteps).toBe(lookingAtWork.length + 1);
  });

  it("lets a teacher leader schedule for the team they facilitate only", async () => {
    const leader = await district.callerFor(people.leader);
    const teams = await leader.meetings.schedulableTeams();
    expect(teams.map((t) => t.name)).toEqual(["Grades 3–5 Team"]);
    expect(teams[0]?.memberCount).toBeGreaterThan(0);
    const ok = await leader.meetings.schedule(meetingInput({ teamId: grades35TeamId }));
    expect(ok.meetingIds).toHaveLength(1);
    expect(await codeOf(leader.meetings.schedule(meetingInput()))).toBe("FORBIDDEN");
  });

  it("refuses a plain teacher", async () => {
    const maria = await district.callerFor(people.teacher);
    expect(await codeOf(maria.meetings.schedule(meetingInput()))).toBe("FORBIDDEN");
    expect(await codeOf(maria.meetings.forCoach())).toBe("FORBIDDEN");
  });

  it("names the agenda when a step is unknown or another district's", async () => {
    const coach = await district.callerFor(people.coach);
    expect(otherDistrictStep).not.toBe("");
    for (const stepId of [otherDistrictStep, "8d5e1f7a-3b2c-4d6e-9f01-23456789abcd"]) {
      const refusal = await refusalOf(
        coach.meetings.schedule(meetingInput({ agenda: [lookingAtWork[0], stepId] })),
      );
      expect(refusal.code).toBe("BAD_REQUEST");
      expect(refusal.fieldErrors?.map((e) => e.path)).toEqual(["agenda"]);
    }
  });

  it("names endsAt when the meeting ends before it starts, and the until date", async () => {
    const coach = await district.callerFor(people.coach);
    const startsAt = hoursFromNow(5);
    const backwards = await refusalOf(
      coach.meetings.schedule(meetingInput({ startsAt, endsAt: hoursFromNow(5, -30) })),
    );
    expect(backwards.fieldErrors?.map((e) => e.path)).toEqual(["endsAt"]);
    const early = await refusalOf(
      coach.meetings.schedule(
        meetingInput({
          recurrence: { frequency: "weekly", interval: 1, until: dayOf(hoursFromNow(1)) },
        }),
      ),
    );
    expect(early.fieldErrors?.map((e) => e.path)).toEqual(["recurrence.until"]);
  });
});

describe("meetings.cancel and reschedule", () => {
  async function sequences(ids: string[]) {
    const rows = await rawRows<{ id: string; status: string; sequence: number }>(
      api.db,
      sql`select id::text as id, status::text, sequence from support_meeting
          where id in ${sql.raw(`(${ids.map((id) => `'${id}'`).join(",")})`)} order by starts_at`,
    );
    return rows.map((row) => `${row.status}:${row.sequence}`);
  }

  it("cancels this and the following meetings of a series", async () => {
    const coach = await district.callerFor(people.coach);
    const input = meetingInput({ startsAt: hoursFromNow(2), endsAt: hoursFromNow(2, 30) });
    const { meetingIds } = await coach.meetings.schedule({
      ...input,
      recurrence: { frequency: "weekly", interval: 1, until: dayOf(hoursFromNow(23)) },
    });
    expect(meetingIds.length).toBeGreaterThanOrEqual(3);
    const only = await coach.meetings.cancel({
      meetingId: meetingIds[0] ?? "",
      andFollowing: false,
    });
    expect(only.cancelledIds).toEqual([meetingIds[0]]);
    const rest = await coach.meetings.cancel({
      meetingId: meetingIds[1] ?? "",
      andFollowing: true,
    });
    expect(rest.cancelledIds.sort()).toEqual(meetingIds.slice(1).sort());
    expect(await sequences(meetingIds)).toEqual(meetingIds.map(() => "cancelled:1"));
    // Cancelled ones stay visible to members, marked.
    const maria = await district.callerFor(people.teacher);
    const seen = (await maria.meetings.upcomingForMe()).upcoming.find(
      (m) => m.id === meetingIds[0],
    );
    expect(seen?.status).toBe("cancelled");
    expect(
      await codeOf(coach.meetings.cancel({ meetingId: meetingIds[0] ?? "", andFollowing: false })),
    ).toBe("CONFLICT");
  });

  it("reschedules a scheduled meeting and bumps its sequence; not a closed one", async () => {
    const coach = await district.callerFor(people.coach);
    const { meetingIds } = await coach.meetings.schedule(meetingInput({ title: "To move" }));
    const id = meetingIds[0] ?? "";
    const startsAt = hoursFromNow(9);
    await coach.meetings.reschedule({
      id,
      startsAt,
      endsAt: hoursFromNow(9, 60),
      location: null,
      videoUrl: "https://meet.example.org/k2",
    });
    expect(await sequences([id])).toEqual(["scheduled:1"]);
    const [closed] = await rawRows<{ id: string }>(
      api.db,
      sql`select id::text as id from support_meeting where team_id = ${k2TeamId} and status = 'closed' limit 1`,
    );
    const move = { startsAt, endsAt: hoursFromNow(9, 60), location: "Library", videoUrl: null };
    expect(await codeOf(coach.meetings.reschedule({ id: closed?.id ?? "", ...move }))).toBe(
      "CONFLICT",
    );
    const maria = await district.callerFor(people.teacher);
    expect(await codeOf(maria.meetings.reschedule({ id, ...move }))).toBe("FORBIDDEN");
  });
});
