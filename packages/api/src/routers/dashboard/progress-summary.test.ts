import type { Transaction } from "@throughline/db/client";
import { loadMeetingMinutes } from "@throughline/db/queries/dashboards/dashboard-meeting-minutes";
import { teachersInReach } from "@throughline/db/queries/dashboards/dashboard-reach";
import { loadEnrolmentProgress } from "@throughline/db/queries/enrolments/stage-progress";
import { loadEnrolmentProgressSummary } from "@throughline/db/queries/enrolments/stage-progress-summary";
import { withTenant } from "@throughline/db/tenant";
import { rawRows } from "@throughline/db/testing";
import { dashboardWindow } from "@throughline/domain/dashboard-metrics";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { demoEmail } from "../../testing/demo-emails.ts";
import { scheduledMeetingIds } from "../../testing/demo-teams.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

/*
 * The dashboards read attended meeting minutes and each enrolment's stage progress from summary
 * tables kept by the statement triggers of migration 0022. What they read must be what the
 * per-request queries computed from every row (`loadEnrolmentProgress`, and the attended-minutes
 * query kept below as it was), in every district, as meetings are held, attendance taken, action
 * steps finished and rows deleted; and the rows the triggers kept must equal a rebuild.
 */

const DAY = 86_400_000;

const api = testApiPerFile();

/** The attended minutes per teacher as the dashboard queried them from every attendance row. */
async function meetingMinutesPerRequest(tx: Transaction, from: Date, to: Date) {
  const rows = await rawRows<{ personId: string; minutes: number }>(
    tx,
    sql`select a.person_id::text as "personId",
          sum(greatest(0, coalesce(m.held_minutes,
            round(extract(epoch from m.ends_at - m.starts_at) / 60))))::int as minutes
        from meeting_attendance a
        join support_meeting m on m.district_id = a.district_id and m.id = a.meeting_id
        where a.person_id in (${teachersInReach({ kind: "district" })})
          and a.attendance = 'present' and m.status = 'closed'
          and m.starts_at >= ${from.toISOString()}::timestamptz
          and m.starts_at <= ${to.toISOString()}::timestamptz
        group by a.person_id`,
  );
  return rows.map((row) => ({ personId: row.personId, minutes: Number(row.minutes) }));
}

const byPerson = <T extends { personId: string }>(rows: T[]) =>
  [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** Every district's facts read both ways, at `now`. */
async function bothWays(now = new Date()) {
  const window = dashboardWindow(now);
  const districts = await rawRows<{ id: string }>(api.db, sql`select id::text from district`);
  type Facts = { enrolments: unknown[]; minutes: unknown[] };
  const kept: Facts[] = [];
  const computed: Facts[] = [];
  for (const { id } of districts) {
    await withTenant(api.db, id, async (tx) => {
      const teachers = teachersInReach({ kind: "district" });
      kept.push({
        enrolments: byPerson(await loadEnrolmentProgressSummary(tx, teachers)),
        minutes: byPerson(await loadMeetingMinutes(tx, { teachers, from: window.from, to: now })),
      });
      const progress = await loadEnrolmentProgress(tx, { personIds: teachers, now });
      computed.push({
        enrolments: byPerson(
          progress.map((row) => ({
            personId: row.personId,
            stageId: row.stage.id,
            workshopAttended: row.workshopAttended,
            sessionsTotal: row.sessionsTotal,
            sessionsCompleted: row.sessionsCompleted,
            status: row.status,
          })),
        ),
        minutes: byPerson(await meetingMinutesPerRequest(tx, window.from, now)),
      });
    });
  }
  return { kept, computed };
}

async function summaryRows() {
  return {
    years: await rawRows(
      api.db,
      sql`select person_id::text, year_start::text, attended, minutes from teacher_meeting_year
          order by district_id, person_id, year_start`,
    ),
    enrolments: await rawRows(
      api.db,
      sql`select enrolment_id::text, person_id::text, sessions_completed, meetings_attended,
            has_completed_action_step
          from enrolment_progress_summary order by district_id, enrolment_id`,
    ),
  };
}

/** The kept rows equal the summaries rebuilt from scratch, as the migration's backfill does. */
async function expectKeptEqualsRebuild() {
  const kept = await summaryRows();
  await api.db.execute(sql`select refresh_teacher_progress(array_agg(district_id), array_agg(person_id))
    from (select district_id, person_id from enrolment
      union select district_id, person_id from meeting_attendance) t`);
  expect(await summaryRows()).toEqual(kept);
}

async function expectSameBothWays(now?: Date) {
  const { kept, computed } = await bothWays(now);
  expect(kept).toEqual(computed);
}

async function personId(email: string): Promise<string> {
  const [row] = await rawRows<{ id: string }>(
    api.db,
    sql`select id::text as id from person where email = ${email}`,
  );
  if (!row) throw new Error(`No person ${email}.`);
  return row.id;
}

async function mariaFigures(mariaId: string) {
  const [row] = await rawRows<{ attended: number; minutes: number; meetings: number }>(
    api.db,
    sql`select
          (select coalesce(sum(attended), 0)::int from teacher_meeting_year
            where person_id = ${mariaId}) as attended,
          (select coalesce(sum(minutes), 0)::int from teacher_meeting_year
            where person_id = ${mariaId}) as minutes,
          (select coalesce(max(meetings_attended), 0)::int from enrolment_progress_summary
            where person_id = ${mariaId}) as meetings`,
  );
  if (!row) throw new Error("No figures.");
  return row;
}

describe("the meeting and enrolment progress summaries", () => {
  it("equal a rebuild and the per-request queries on the demo data", async () => {
    const kept = await summaryRows();
    expect(kept.years.length).toBeGreaterThan(3);
    expect(kept.enrolments.length).toBeGreaterThan(10);
    const { kept: read, computed } = await bothWays();
    expect(read.some((district) => district.minutes.length > 0)).toBe(true);
    expect(read).toEqual(computed);
    await expectKeptEqualsRebuild();
  });

  it("move as a meeting is held with a teacher present, through the API", async () => {
    const mariaId = await personId(demoEmail.teacher);
    const [meetingId] = await scheduledMeetingIds(api.db, "K–2 Literacy PLC");
    if (!meetingId) throw new Error("No scheduled meeting of the K–2 Literacy PLC.");
    // Three days back: started late, held today, credited on the day it was held.
    const startsAt = new Date(Date.now() - 3 * DAY).toISOString();
    await api.db.execute(sql`update support_meeting set starts_at = ${startsAt}::timestamptz,
      ends_at = ${startsAt}::timestamptz + interval '45 minutes' where id = ${meetingId}`);
    const before = await mariaFigures(mariaId);

    const coach = await api.callerFor(demoEmail.coach);
    await coach.meetingRoom.start({ meetingId });
    const room = await coach.meetingRoom.open({ meetingId });
    await coach.meetingRoom.recordAttendance({
      meetingId,
      records: room.members.map((member) => ({
        personId: member.personId,
        attendance: member.personId === mariaId ? "present" : "absent",
      })),
    });
    // Not held yet: nothing moves.
    expect(await mariaFigures(mariaId)).toEqual(before);
    await coach.meetingRoom.close({ meetingId, heldMinutes: 38 });
    expect(await mariaFigures(mariaId)).toEqual({
      attended: before.attended + 1,
      minutes: before.minutes + 38,
      meetings: before.meetings + 1,
    });
    await expectSameBothWays();
    await expectKeptEqualsRebuild();

    // A held meeting that starts after the dashboard's end is left out, as it was.
    await expectSameBothWays(new Date(Date.now() - 4 * DAY));
    // Marked absent after all, then the attendance row removed: back to where it was.
    await api.db.execute(sql`update meeting_attendance set attendance = 'absent'
      where meeting_id = ${meetingId} and person_id = ${mariaId}`);
    expect(await mariaFigures(mariaId)).toEqual(before);
    await api.db.execute(sql`update meeting_attendance set attendance = 'present'
      where meeting_id = ${meetingId} and person_id = ${mariaId}`);
    await api.db.execute(sql`delete from meeting_attendance
      where meeting_id = ${meetingId} and person_id = ${mariaId}`);
    expect(await mariaFigures(mariaId)).toEqual(before);
    await expectKeptEqualsRebuild();
  });

  it("follow action steps, enrolments and sessions written in any way", async () => {
    // Every step done with words and a reflection, then evidence and reflections taken away.
    await api.db.execute(sql`update action_step set status = 'done',
      evidence_text = 'Exit tickets from two classes', reflection = 'It worked for most.'`);
    await expectSameBothWays();
    await expectKeptEqualsRebuild();
    await api.db.execute(sql`update action_step set evidence_text = ' ', evidence_url = null`);
    await expectSameBothWays();
    await api.db.execute(sql`delete from evidence_file`);
    await expectSameBothWays();
    await expectKeptEqualsRebuild();
    // An enrolment moved to another cohort, one enrolled later, one withdrawn.
    await api.db.execute(sql`update enrolment set enrolled_at = now()
      where id = (select id from enrolment order by id limit 1)`);
    await api.db.execute(sql`update enrolment set status = 'withdrawn'
      where id = (select id from enrolment order by id desc limit 1)`);
    await expectSameBothWays();
    // A session moved to another stage changes its teachers' completed counts.
    await api.db.execute(sql`update micropd_session set position = 1000, stage_id = (
        select s2.id from stage s2 where s2.district_id = micropd_session.district_id
          and s2.id <> micropd_session.stage_id order by s2.position limit 1)
      where id = (select session_id from micropd_progress where completed_at is not null
        order by id limit 1)`);
    await expectSameBothWays();
    await expectKeptEqualsRebuild();
    // A meeting deleted takes its attendance with it.
    // One that no action step came from (a step keeps the meeting it was agreed at).
    await api.db.execute(sql`delete from support_meeting
      where id = (select a.meeting_id from meeting_attendance a where a.attendance = 'present'
        and not exists (select 1 from action_step s where s.from_meeting_id = a.meeting_id)
        order by a.id limit 1)`);
    await expectSameBothWays();
    await expectKeptEqualsRebuild();
  });
});
