import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { demoEmail } from "../../testing/demo-emails.ts";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

/*
 * A principal reads her school's support-meeting records from the admin app, through the real
 * router: the team's meetings, and for each the agenda's steps, attendance, minutes held and
 * how many commitments were made; never a note, shared or private, nor a commitment's text.
 */

const api = testApiPerFile();
let meetingId: string;
let teamId: string;
/** Every shared note, private note and commitment text of that meeting. */
let secrets: string[];

beforeAll(async () => {
  const [closed] = await rawRows<{ id: string; team_id: string }>(
    api.db,
    sql`select m.id::text as id, m.team_id::text as team_id from support_meeting m
        join team t on t.district_id = m.district_id and t.id = m.team_id
        where t.name = 'K–2 Literacy PLC' and m.status = 'closed'
        order by (select count(*) from meeting_agenda_item a
          where a.meeting_id = m.id and a.notes <> '') desc, m.starts_at desc limit 1`,
  );
  meetingId = closed?.id ?? "";
  teamId = closed?.team_id ?? "";
  // A private coaching note to try to read, whatever the seed holds.
  await rawRows(
    api.db,
    sql`insert into meeting_private_note (district_id, meeting_id, body, updated_by_id)
        select m.district_id, m.id, 'Feels overwhelmed by the new unit', t.facilitator_id
        from support_meeting m join team t on t.district_id = m.district_id and t.id = m.team_id
        where m.id = ${meetingId}
        on conflict do nothing`,
  );
  const texts = await rawRows<{ text: string }>(
    api.db,
    sql`select notes as text from meeting_agenda_item where meeting_id = ${meetingId} and notes <> ''
        union select body from meeting_private_note where meeting_id = ${meetingId} and body <> ''
        union select description from action_step where from_meeting_id = ${meetingId}`,
  );
  secrets = texts.map((row) => row.text);
});

describe("a meeting's record for the school's principal", () => {
  it("lists the team's meetings and reads a closed one without any notes", async () => {
    expect(meetingId).not.toBe("");
    expect(secrets.length).toBeGreaterThan(0);
    const principal = await api.callerFor(demoEmail.principal);
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
    const other = await api.callerFor(demoEmail.middlePrincipal);
    expect(await codeOf(other.meetingRoom.teamMeetings({ teamId }))).toBe("NOT_FOUND");
    expect(await codeOf(other.meetingRoom.record({ meetingId }))).toBe("FORBIDDEN");
    const teacher = await api.callerFor(demoEmail.teacher);
    expect(await codeOf(teacher.meetingRoom.teamMeetings({ teamId }))).toBe("FORBIDDEN");
  });
});
