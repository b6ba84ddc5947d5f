import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";
import { heldTeamMeeting } from "../../testing/test-district-meetings.ts";

/*
 * A principal reads her school's support-meeting records from the admin app, through the real
 * router: the team's meetings, and for each the agenda's steps, attendance, minutes held and
 * how many commitments were made; never a note, shared or private, nor a commitment's text.
 */

const api = testApiPerFile({ seed: false });
let district: TestDistrict;
let people: Record<"teacher" | "principal" | "middlePrincipal", TestPerson>;
let meetingId: string;
let teamId: string;
/** Every shared note, private note and commitment text of that meeting. */
const secrets = [
  "Exit tickets show half the class mixes up the terms",
  "Feels overwhelmed by the new unit",
  "Re-teach the terms with picture cards",
];

// A team of the school, coached by the teacher's coach, whose meeting was held and closed with
// a shared note, a private note and a commitment; the school's principal, and another school's.
beforeAll(async () => {
  district = await testDistrict(api);
  const world = await district.coachedTeacher();
  people = { ...world, middlePrincipal: await district.principalElsewhere() };
  const team = await district.team({
    school: world.school,
    name: "K–2 Literacy PLC",
    members: [world.teacher],
    facilitator: world.coach,
  });
  teamId = team.id;
  const [notes = "", privateNote = "", commitment = ""] = secrets;
  meetingId = await heldTeamMeeting(await district.callerFor(world.coach), team, {
    attendeeId: world.teacher.id,
    notes,
    privateNote,
    commitment,
  });
});

describe("a meeting's record for the school's principal", () => {
  it("lists the team's meetings and reads a closed one without any notes", async () => {
    expect(meetingId).not.toBe("");
    expect(secrets.length).toBeGreaterThan(0);
    const principal = await district.callerFor(people.principal);
    const meetings = await principal.meetingRoom.teamMeetings({ teamId });
    expect(meetings.recent.map((meeting) => meeting.id)).toContain(meetingId);

    const record = await principal.meetingRoom.record({ meetingId });
    expect(record.meeting.status).toBe("closed");
    expect(record.agenda.length).toBeGreaterThan(0);
    expect(record.attendance.length).toBeGreaterThan(0);
    expect(record.commitmentsMade).toBeGreaterThanOrEqual(0);
    const text = JSON.stringify(record);
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/"notes"|"description"|privateNote/);
  });

  it("is refused to a principal of another school and to a teacher", async () => {
    const other = await district.callerFor(people.middlePrincipal);
    expect(await codeOf(other.meetingRoom.teamMeetings({ teamId }))).toBe("NOT_FOUND");
    expect(await codeOf(other.meetingRoom.record({ meetingId }))).toBe("FORBIDDEN");
    const teacher = await district.callerFor(people.teacher);
    expect(await codeOf(teacher.meetingRoom.teamMeetings({ teamId }))).toBe("FORBIDDEN");
  });
});
