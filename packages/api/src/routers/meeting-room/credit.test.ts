import { rawRows } from "@throughline/db/testing";
import { localDay } from "@throughline/domain/local-time";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";
import { scheduledTeamMeeting } from "../../testing/test-district-meetings.ts";

/*
 * A meeting is credited on the day it was held. Janelle runs the K–2 Literacy PLC; Maria is
 * on it. One of its meetings is put three days ahead (starting it needs a
 * recorded move to now), the other three days back (starting it late is allowed; the credit
 * carries the day it was held).
 */
const DAY = 86_400_000;

const api = testApiPerFile({ seed: false });
let district: TestDistrict;
let people: Record<"teacher" | "coach", TestPerson>;
let ahead: string;
let late: string;
let mariaId: string;
let janelleId: string;
/** The district's zone: the transcript CSV writes each day as people there read it. */
let districtZone: string;

/** Moves a meeting's schedule, keeping its 45 minutes. */
async function scheduleAt(meetingId: string, startsAt: Date) {
  await api.db.execute(
    sql`update support_meeting set starts_at = ${startsAt.toISOString()}::timestamptz,
          ends_at = ${startsAt.toISOString()}::timestamptz + interval '45 minutes'
        where id = ${meetingId}`,
  );
}

async function closeWithMaria(meetingId: string, heldMinutes: number) {
  const coach = await district.callerFor(people.coach);
  const room = await coach.meetingRoom.open({ meetingId });
  await coach.meetingRoom.recordAttendance({
    meetingId,
    records: room.members.map((member) => ({
      personId: member.personId,
      attendance: member.personId === mariaId ? "present" : "excused",
    })),
  });
  await coach.meetingRoom.close({ meetingId, heldMinutes });
}

beforeAll(async () => {
  district = await testDistrict(api, { timeZone: "America/Chicago" });
  districtZone = "America/Chicago";
  const world = await district.coachedTeacher({
    teacher: "Maria Delgado",
    coach: "Janelle Brooks",
  });
  people = world;
  mariaId = world.teacher.id;
  janelleId = world.coach.id;
  const team = await district.team({
    school: world.school,
    name: "K–2 Literacy PLC",
    members: [world.teacher],
    facilitator: world.coach,
  });
  const janelle = await district.callerFor(world.coach);
  ahead = await scheduledTeamMeeting(janelle, team);
  late = await scheduledTeamMeeting(janelle, team);
  await scheduleAt(ahead, new Date(Date.now() + 3 * DAY));
  await scheduleAt(late, new Date(Date.now() - 3 * DAY));
});

describe("starting a meeting before its day", () => {
  it("is refused with the day it is scheduled for, and nothing changes", async () => {
    const coach = await district.callerFor(people.coach);
    const attempt = coach.meetingRoom.start({ meetingId: ahead });
    expect(await codeOf(attempt)).toBe("PRECONDITION_FAILED");
    await expect(coach.meetingRoom.start({ meetingId: ahead })).rejects.toThrow(
      /This meeting is scheduled for \w{3}, \w{3} \d+\. Move it to now and start\?/,
    );
    const [row] = await rawRows<{ status: string; moved_at: Date | null }>(
      api.db,
      sql`select status, moved_at from support_meeting where id = ${ahead}`,
    );
    expect(row).toEqual({ status: "scheduled", moved_at: null });
  });

  it("moves it to now when asked, recording from when, when and by whom", async () => {
    const coach = await district.callerFor(people.coach);
    const [before] = await rawRows<{ starts_at: Date; sequence: number }>(
      api.db,
      sql`select starts_at, sequence from support_meeting where id = ${ahead}`,
    );
    const startedAround = Date.now();
    await coach.meetingRoom.start({ meetingId: ahead, moveToNow: true });
    const [row] = await rawRows<{
      status: string;
      starts_at: Date;
      ends_at: Date;
      started_at: Date;
      moved_from_starts_at: Date;
      moved_at: Date;
      moved_by_id: string;
      sequence: number;
    }>(
      api.db,
      sql`select status, starts_at, ends_at, started_at, moved_from_starts_at, moved_at,
            moved_by_id::text as moved_by_id, sequence
          from support_meeting where id = ${ahead}`,
    );
    expect(row?.status).toBe("in_progress");
    expect(new Date(row?.moved_from_starts_at ?? 0).getTime()).toBe(
      new Date(before?.starts_at ?? 0).getTime(),
    );
    expect(row?.moved_by_id).toBe(janelleId);
    expect(new Date(row?.moved_at ?? 0).getTime()).toBeGreaterThanOrEqual(startedAround - 1000);
    expect(new Date(row?.starts_at ?? 0).getTime()).toBe(new Date(row?.started_at ?? 0).getTime());
    // Its planned length stays, and calendars hear of the move.
    expect(new Date(row?.ends_at ?? 0).getTime() - new Date(row?.starts_at ?? 0).getTime()).toBe(
      45 * 60_000,
    );
    expect(row?.sequence).toBe((before?.sequence ?? 0) + 1);
  });

  it("shows the closed meeting as held in the coach's list and the teacher's page alike", async () => {
    await closeWithMaria(ahead, 45);
    const coachList = await (await district.callerFor(people.coach)).meetings.forCoach();
    expect(coachList.upcoming.map((m) => m.id)).not.toContain(ahead);
    const inRecent = coachList.recent.find((m) => m.id === ahead);
    expect(inRecent?.display).toMatchObject({ section: "past", state: "held" });

    const mine = await (await district.callerFor(people.teacher)).meetings.upcomingForMe();
    expect(mine.upcoming.map((m) => m.id)).not.toContain(ahead);
    const inPast = mine.past.find((m) => m.id === ahead);
    expect(inPast?.display).toEqual(inRecent?.display);
  });
});

describe("a meeting held after its day", () => {
  it("starts without a move, and the credit carries the day it was held", async () => {
    const coach = await district.callerFor(people.coach);
    await coach.meetingRoom.start({ meetingId: late });
    const [moved] = await rawRows<{ moved_at: Date | null; started_at: Date }>(
      api.db,
      sql`select moved_at, started_at from support_meeting where id = ${late}`,
    );
    expect(moved?.moved_at).toBeNull();
    await closeWithMaria(late, 40);

    const transcript = await (await district.callerFor(people.teacher)).transcript.mine();
    const row = transcript.activities.find(
      (activity) => activity.kind === "support_meeting" && activity.minutes === 40,
    );
    expect(row?.date.getTime()).toBe(new Date(moved?.started_at ?? 0).getTime());

    // The CSV carries the same day: the one it was held, never the one it was scheduled for.
    // Both are the district's days: in its evening the UTC day is already tomorrow.
    const csv = await (await district.callerFor(people.teacher)).transcript.csv();
    const heldDay = localDay(new Date(moved?.started_at ?? 0), districtZone);
    const scheduledDay = localDay(new Date(Date.now() - 3 * DAY), districtZone);
    const meetingLines = csv.csv.split("\n").filter((line) => line.includes("Support meeting"));
    expect(meetingLines.some((line) => line.startsWith(heldDay) && line.includes(",40,"))).toBe(
      true,
    );
    expect(meetingLines.some((line) => line.startsWith(scheduledDay))).toBe(false);
  });
});
