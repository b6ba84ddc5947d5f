import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import type { TestApi } from "../../testing/test-api.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";
import { scheduledTeamMeeting } from "../../testing/test-district-meetings.ts";

/*
 * The meeting room through the real router: Janelle facilitates the K–2 Literacy PLC, Maria is
 * on it. Its two scheduled meetings are run one after the other.
 */

const api = testApiPerFile({ seed: false });
let district: TestDistrict;
let people: Record<"teacher" | "coach" | "principal" | "leader", TestPerson>;
let first: string;
let second: string;
let leaderMeeting: string;
let mariaId: string;
let stageId: string;

async function markEveryone(caller: Awaited<ReturnType<TestApi["callerFor"]>>, meetingId: string) {
  const room = await caller.meetingRoom.open({ meetingId });
  await caller.meetingRoom.recordAttendance({
    meetingId,
    records: room.members.map((member) => ({
      personId: member.personId,
      attendance: member.personId === mariaId ? "present" : "excused",
    })),
  });
}

// Maria, in Janelle's cohort with a plan of one step; the K–2 Literacy PLC Janelle leads, with
// two meetings scheduled; Kevin, a teacher leader who leads the Grades 3–5 Team and its meeting;
// the school's principal.
beforeAll(async () => {
  district = await testDistrict(api);
  const world = await district.coachedTeam({
    teacher: "Maria Delgado",
    coach: "Janelle Brooks",
    team: "K–2 Literacy PLC",
  });
  const leader = await district.person({
    role: "teacher",
    school: world.school,
    name: "Kevin Osei",
  });
  people = { ...world, leader };
  mariaId = world.teacher.id;
  stageId = world.cohort.stageId;
  const maria = await district.callerFor(world.teacher);
  const { planId } = await maria.actionPlan.save({
    stageId,
    goal: "Every student answers in full sentences",
    indicatorIds: [],
  });
  await maria.actionPlan.addStep({ planId, description: "Model a full-sentence answer" });
  const janelle = await district.callerFor(world.coach);
  first = await scheduledTeamMeeting(janelle, world.team);
  second = await scheduledTeamMeeting(janelle, world.team);
  const grades35 = await district.team({
    school: world.school,
    name: "Grades 3–5 Team",
    members: [leader],
    facilitator: leader,
  });
  leaderMeeting = await scheduledTeamMeeting(await district.callerFor(leader), grades35);
  // The first meeting is still days ahead: held early, it must count as soon as it is closed.
});

describe("running a meeting, start to finish", () => {
  it("starts, takes attendance, notes and a commitment, closes, and the commitment comes back", async () => {
    const coach = await district.callerFor(people.coach);
    const maria = await district.callerFor(people.teacher);
    const meetingsBefore = (await maria.path.stage({ stageId })).enrolment?.meetingsAttended;
    const hoursBefore = (await maria.transcript.mine()).totals.byKind.support_meeting.minutes;

    expect(await codeOf(coach.meetingRoom.close({ meetingId: first, heldMinutes: 30 }))).toBe(
      "CONFLICT",
    );
    await coach.meetingRoom.start({ meetingId: first, moveToNow: true });
    const room = await coach.meetingRoom.open({ meetingId: first });
    expect(room.meeting.status).toBe("in_progress");
    expect(room.meeting.activeItemId).toBe(room.agenda[0]?.id);
    expect(room.privateNote).toEqual({ body: "", version: 0 });
    const secondItem = room.agenda[1]?.id ?? "";
    await coach.meetingRoom.setActiveItem({ meetingId: first, itemId: secondItem });
    expect((await coach.meetingRoom.open({ meetingId: first })).meeting.activeItemId).toBe(
      secondItem,
    );

    const itemId = room.agenda[0]?.id ?? "";
    const saved = await coach.meetingRoom.saveNotes({
      meetingId: first,
      itemId,
      notes: "We chose the essential question for the unit.",
      baseVersion: 0,
    });
    expect(saved).toEqual({ outcome: "saved", version: 1 });

    const added = await coach.meetingRoom.addCommitment({
      meetingId: first,
      personId: mariaId,
      description: "Try the closing summary frame with Room 4",
      dueOn: "2030-01-08",
    });

    expect(await codeOf(coach.meetingRoom.close({ meetingId: first, heldMinutes: 40 }))).toBe(
      "BAD_REQUEST",
    );
    await markEveryone(coach, first);
    const [before] = await rawRows<{ sequence: number }>(
      api.db,
      sql`select sequence from support_meeting where id = ${first}`,
    );
    await coach.meetingRoom.close({ meetingId: first, heldMinutes: 40 });
    const [after] = await rawRows<{ sequence: number; held_minutes: number; status: string }>(
      api.db,
      sql`select sequence, held_minutes, status from support_meeting where id = ${first}`,
    );
    expect(after).toEqual({
      sequence: (before?.sequence ?? 0) + 1,
      held_minutes: 40,
      status: "closed",
    });

    // Maria's plan has the step, marked as from the meeting; her counts moved.
    const plan = (await maria.actionPlan.mine({ stageId })).plan;
    const step = plan?.steps.find((s) => s.id === added.actionStepId);
    expect(step?.description).toBe("Try the closing summary frame with Room 4");
    expect(step?.fromMeeting).toMatchObject({ id: first, title: room.meeting.title });
    const [stored] = await rawRows<{ from_meeting_id: string }>(
      api.db,
      sql`select from_meeting_id::text from action_step where id = ${added.actionStepId}`,
    );
    expect(stored?.from_meeting_id).toBe(first);
    expect((await maria.path.stage({ stageId })).enrolment?.meetingsAttended).toBe(
      (meetingsBefore ?? 0) + 1,
    );
    expect((await maria.transcript.mine()).totals.byKind.support_meeting.minutes).toBe(
      hoursBefore + 40,
    );
    const history = await maria.actionPlan.history({ planId: plan?.id ?? "" });
    expect(JSON.stringify(history)).toContain("at the meeting");

    // The next meeting opens with it in the check-in; "stuck" moves the step.
    await coach.meetingRoom.start({ meetingId: second, moveToNow: true });
    const next = await coach.meetingRoom.open({ meetingId: second });
    const row = next.checkIns.find((c) => c.actionStepId === added.actionStepId);
    expect(row?.fromMeetingId).toBe(first);
    await coach.meetingRoom.checkIn({
      meetingId: second,
      actionStepId: added.actionStepId,
      status: "stuck",
      note: "Needs a model lesson",
    });
    const answered = (await coach.meetingRoom.open({ meetingId: second })).checkIns.find(
      (c) => c.actionStepId === added.actionStepId,
    );
    expect(answered?.checkIn).toEqual({ status: "stuck", note: "Needs a model lesson" });
    const moved = (await maria.actionPlan.mine({ stageId })).plan?.steps.find(
      (s) => s.id === added.actionStepId,
    );
    expect(moved?.status).toBe("stuck");
    // A step that is no commitment of an earlier meeting cannot be checked in.
    const other = plan?.steps.find((s) => !s.fromMeeting);
    expect(
      await codeOf(
        coach.meetingRoom.checkIn({
          meetingId: second,
          actionStepId: other?.id ?? "",
          status: "done",
          note: null,
        }),
      ),
    ).toBe("BAD_REQUEST");

    // The member's summary has the notes and her commitment.
    const summary = await maria.meetingRoom.summary({ meetingId: first });
    expect(summary.agenda[0]?.notes).toContain("essential question");
    expect(summary.commitments.map((c) => c.description)).toContain(
      "Try the closing summary frame with Room 4",
    );
  });

  it("refuses a commitment for someone not on the team", async () => {
    const coach = await district.callerFor(people.coach);
    const call = coach.meetingRoom.addCommitment({
      meetingId: second,
      personId: people.leader.id,
      description: "Anything",
      dueOn: "2030-01-08",
    });
    expect(await codeOf(call)).toBe("BAD_REQUEST");
  });
});

describe("notes never overwrite each other", () => {
  it("answers the second save from the same version with the first one's text", async () => {
    const coach = await district.callerFor(people.coach);
    const itemId = (await coach.meetingRoom.open({ meetingId: second })).agenda[1]?.id ?? "";
    const base = (await coach.meetingRoom.open({ meetingId: second })).agenda[1]?.notesVersion ?? 0;
    const mine = await coach.meetingRoom.saveNotes({
      meetingId: second,
      itemId,
      notes: "First writer",
      baseVersion: base,
    });
    expect(mine.outcome).toBe("saved");
    const theirs = await coach.meetingRoom.saveNotes({
      meetingId: second,
      itemId,
      notes: "Second writer",
      baseVersion: base,
    });
    expect(theirs).toMatchObject({
      outcome: "conflict",
      message: expect.stringContaining("Janelle Brooks saved these notes"),
      theirs: { text: "First writer", version: base + 1, byName: "Janelle Brooks" },
    });
    const stored = (await coach.meetingRoom.open({ meetingId: second })).agenda[1];
    expect(stored?.notes).toBe("First writer");
  });
});

describe("private coaching notes", () => {
  const secret = "Private: Maria seems overwhelmed this month";

  it("a coach reads them; a member, a principal and a district admin never do", async () => {
    const coach = await district.callerFor(people.coach);
    expect(
      await coach.meetingRoom.savePrivateNote({ meetingId: first, body: secret, baseVersion: 0 }),
    ).toEqual({ outcome: "saved", version: 1 });
    const stale = await coach.meetingRoom.savePrivateNote({
      meetingId: first,
      body: "Overwrite?",
      baseVersion: 0,
    });
    expect(stale.outcome).toBe("conflict");
    expect((await coach.meetingRoom.open({ meetingId: first })).privateNote?.body).toBe(secret);

    const maria = await district.callerFor(people.teacher);
    expect(JSON.stringify(await maria.meetingRoom.summary({ meetingId: first }))).not.toContain(
      "overwhelmed",
    );
    expect(await codeOf(maria.meetingRoom.open({ meetingId: first }))).toBe("FORBIDDEN");

    for (const person of [people.principal, district.admin]) {
      const leader = await district.callerFor(person);
      expect(await codeOf(leader.meetingRoom.open({ meetingId: first }))).toBe("FORBIDDEN");
      const record = await leader.meetingRoom.record({ meetingId: first });
      expect(record.meeting.heldMinutes).toBe(40);
      expect(record.attendance.find((a) => a.personId === mariaId)?.attendance).toBe("present");
      expect(JSON.stringify(record)).not.toContain("overwhelmed");
      const summary = await leader.meetingRoom.summary({ meetingId: first }).catch(() => null);
      expect(JSON.stringify(summary)).not.toContain("overwhelmed");
    }
  });
});

describe("who may run a meeting", () => {
  it("a member cannot run it", async () => {
    const maria = await district.callerFor(people.teacher);
    expect(await codeOf(maria.meetingRoom.open({ meetingId: second }))).toBe("FORBIDDEN");
    expect(await codeOf(maria.meetingRoom.start({ meetingId: leaderMeeting }))).toBe("FORBIDDEN");
  });

  it("the teacher leader runs their own team's meeting but not the K–2 Literacy PLC's", async () => {
    const kevin = await district.callerFor(people.leader);
    expect(await codeOf(kevin.meetingRoom.open({ meetingId: second }))).toBe("FORBIDDEN");
    expect(
      await codeOf(kevin.meetingRoom.start({ meetingId: leaderMeeting, moveToNow: true })),
    ).toBe("OK");
    const room = await kevin.meetingRoom.open({ meetingId: leaderMeeting });
    expect(room.meeting.teamName).toBe("Grades 3–5 Team");
  });

  it("moving to a step of another meeting is refused", async () => {
    const coach = await district.callerFor(people.coach);
    const foreignItem = (await coach.meetingRoom.open({ meetingId: first })).agenda[0]?.id ?? "";
    expect(
      await codeOf(coach.meetingRoom.setActiveItem({ meetingId: second, itemId: foreignItem })),
    ).toBe("BAD_REQUEST");
  });
});
