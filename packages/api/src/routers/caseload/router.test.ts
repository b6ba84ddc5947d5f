import { rawRows } from "@throughline/db/testing";
import type { CaseloadRow } from "@throughline/domain/caseload";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

const api = testApiPerFile();

/** What the caseload should say of one teacher, worked out in plain SQL from the tables. */
interface Expected {
  person_id: string;
  sessions_done: number;
  sessions_total: number;
  steps_done: number;
  steps_total: number;
  last_meeting: Date | null;
  released_not_done: number;
  release_mode: "dated" | "self_paced" | null;
  weeks_enrolled: number | null;
  days_since_first_enrolment: number | null;
  days_since_meeting: number | null;
  stuck_or_overdue: number;
}

async function expectedFor(email: string): Promise<Expected[]> {
  return rawRows<Expected>(
    api.db,
    sql`
    with me as (
      select p.id, p.district_id from person p join "user" u on u.id = p.user_id
      where u.email = ${email}
    ),
    teams as (
      select t.id from team t, me
      where t.district_id = me.district_id and (
        t.facilitator_id = me.id or exists (
          select 1 from team_member tm
          join enrolment e on e.person_id = tm.person_id and e.status <> 'withdrawn'
          join cohort c on c.id = e.cohort_id
          where tm.team_id = t.id and c.coach_id = me.id))
    ),
    people as (
      select distinct p.id from team_member tm join teams on teams.id = tm.team_id
      join person p on p.id = tm.person_id where p.active
    ),
    current as (
      select distinct on (e.person_id) e.person_id, e.id as enrolment_id, e.enrolled_at,
        c.id as cohort_id, c.stage_id, c.release_mode
      from enrolment e join cohort c on c.id = e.cohort_id join stage s on s.id = c.stage_id
      where e.status <> 'withdrawn' and e.person_id in (select id from people)
      order by e.person_id, s.position desc, c.name desc
    )
    select p.id::text as person_id,
      (select count(*)::int from micropd_progress mp join micropd_session ms on ms.id = mp.session_id
        where mp.person_id = p.id and ms.stage_id = cur.stage_id and mp.completed_at is not null)
        as sessions_done,
      (select count(*)::int from micropd_session ms where ms.stage_id = cur.stage_id) as sessions_total,
      (select count(*)::int from action_step st join action_plan ap on ap.id = st.plan_id
        where ap.person_id = p.id and ap.stage_id = cur.stage_id and st.status = 'done') as steps_done,
      (select count(*)::int from action_step st join action_plan ap on ap.id = st.plan_id
        where ap.person_id = p.id and ap.stage_id = cur.stage_id) as steps_total,
      (select count(*)::int from action_step st join action_plan ap on ap.id = st.plan_id
        where ap.person_id = p.id and ap.stage_id = cur.stage_id
          and (st.status = 'stuck' or (st.status <> 'done' and st.due_on < current_date)))
        as stuck_or_overdue,
      (select max(m.starts_at) from meeting_attendance ma join support_meeting m on m.id = ma.meeting_id
        where ma.person_id = p.id and ma.attendance = 'present' and m.status <> 'cancelled'
          and m.starts_at <= now()) as last_meeting,
      (select floor(extract(epoch from now() - max(m.starts_at)) / 86400)::int
        from meeting_attendance ma join support_meeting m on m.id = ma.meeting_id
        where ma.person_id = p.id and ma.attendance = 'present' and m.status <> 'cancelled'
          and m.starts_at <= now()) as days_since_meeting,
      (select count(*)::int from session_release sr where sr.cohort_id = cur.cohort_id
        and sr.releases_at <= now() and not exists (
          select 1 from micropd_progress mp where mp.person_id = p.id
            and mp.session_id = sr.session_id and mp.completed_at is not null)) as released_not_done,
      cur.release_mode::text as release_mode,
      floor(extract(epoch from now() - cur.enrolled_at) / 86400 / 7)::int as weeks_enrolled,
      (select floor(extract(epoch from now() - min(e.enrolled_at)) / 86400)::int from enrolment e
        where e.person_id = p.id and e.status <> 'withdrawn') as days_since_first_enrolment
    from people p left join current cur on cur.person_id = p.id`,
  );
}

function flagKinds(row: CaseloadRow): string[] {
  return row.flags.map((flag) => flag.kind);
}

describe("caseload.mine", () => {
  it("matches the numbers and flags worked out in SQL for the demo coach", async () => {
    const caseload = await (await api.callerFor("coach@maplevalley.test")).caseload.mine();
    const expected = await expectedFor("coach@maplevalley.test");
    expect(caseload.rows.length).toBe(expected.length);
    expect(caseload.rows.length).toBeGreaterThan(3);
    const byId = new Map(caseload.rows.map((row) => [row.personId, row]));
    for (const want of expected) {
      const row = byId.get(want.person_id);
      expect(row, want.person_id).toBeDefined();
      if (!row) continue;
      const enrolled = want.release_mode !== null;
      expect(row.stage !== null).toBe(enrolled);
      expect({
        sessions: [row.sessionsCompleted, row.sessionsTotal],
        steps: [row.stepsDone, row.stepsTotal],
        last: row.lastMeetingAt?.getTime() ?? null,
      }).toEqual({
        sessions: enrolled ? [want.sessions_done, want.sessions_total] : [0, 0],
        steps: enrolled ? [want.steps_done, want.steps_total] : [0, 0],
        last: want.last_meeting ? new Date(want.last_meeting).getTime() : null,
      });

      const behind =
        want.release_mode === "dated"
          ? want.released_not_done >= 1
          : want.release_mode === "self_paced"
            ? Math.min(want.sessions_total, want.weeks_enrolled ?? 0) - want.sessions_done >= 2
            : false;
      const noMeeting =
        want.days_since_first_enrolment !== null &&
        want.days_since_first_enrolment >= 21 &&
        (want.days_since_meeting === null || want.days_since_meeting >= 21);
      expect(flagKinds(row).includes("behind_on_micropd"), `${row.displayName} behind`).toBe(
        behind,
      );
      expect(flagKinds(row).includes("overdue_or_stuck_steps"), `${row.displayName} steps`).toBe(
        enrolled && want.stuck_or_overdue > 0,
      );
      expect(flagKinds(row).includes("no_recent_meeting"), `${row.displayName} meeting`).toBe(
        noMeeting,
      );
      expect(flagKinds(row).includes("ready_for_review")).toBe(row.status === "ready_for_review");
    }
  });

  it("shows Maria Delgado in Stage 1 with 5 of 10 sessions done", async () => {
    const caseload = await (await api.callerFor("coach@maplevalley.test")).caseload.mine();
    const maria = caseload.rows.find((row) => row.displayName === "Maria Delgado");
    expect(maria?.stage?.position).toBe(1);
    expect([maria?.sessionsCompleted, maria?.sessionsTotal]).toEqual([5, 10]);
    expect(maria?.teams.map((team) => team.name)).toContain("K–2 Literacy PLC");
  });

  it("flags somebody in the demo data, so the page has something to show", async () => {
    const caseload = await (await api.callerFor("coach@maplevalley.test")).caseload.mine();
    expect(caseload.rows.some((row) => row.flags.length > 0)).toBe(true);
  });

  it("is not for teachers", async () => {
    const teacher = await api.callerFor("teacher@maplevalley.test");
    expect(await codeOf(teacher.caseload.mine())).toBe("FORBIDDEN");
  });
});

async function teamId(name: string): Promise<string> {
  const [row] = await rawRows<{ id: string }>(
    api.db,
    sql`select t.id::text as id from team t join district d on d.id = t.district_id
        where d.slug = 'maple-valley' and t.name = ${name}`,
  );
  return row?.id ?? "";
}

describe("caseload.team", () => {
  it("gives the meeting history and attendance rate worked out in SQL", async () => {
    const id = await teamId("K–2 Literacy PLC");
    const result = await (await api.callerFor("coach@maplevalley.test")).caseload.team({
      teamId: id,
    });
    const meetings = await rawRows<{
      id: string;
      present: number;
      absent: number;
      excused: number;
    }>(
      api.db,
      sql`select m.id::text as id,
            count(*) filter (where ma.attendance = 'present' and p.active)::int as present,
            count(*) filter (where ma.attendance = 'absent' and p.active)::int as absent,
            count(*) filter (where ma.attendance = 'excused' and p.active)::int as excused
          from support_meeting m
          left join meeting_attendance ma on ma.meeting_id = m.id
            and exists (select 1 from team_member tm where tm.team_id = m.team_id and tm.person_id = ma.person_id)
          left join person p on p.id = ma.person_id
          where m.team_id = ${id} and m.starts_at <= now()
          group by m.id, m.starts_at order by m.starts_at desc`,
    );
    const [rate] = await rawRows<{ members: number; held: number; present: number }>(
      api.db,
      sql`select
            (select count(*)::int from team_member tm join person p on p.id = tm.person_id
              where tm.team_id = ${id} and p.active) as members,
            (select count(*)::int from support_meeting m where m.team_id = ${id}
              and m.starts_at <= now() and m.status <> 'cancelled') as held,
            (select count(*)::int from meeting_attendance ma
              join support_meeting m on m.id = ma.meeting_id
              join team_member tm on tm.team_id = m.team_id and tm.person_id = ma.person_id
              join person p on p.id = ma.person_id
              where m.team_id = ${id} and m.starts_at <= now() and m.status <> 'cancelled'
                and ma.attendance = 'present' and p.active) as present`,
    );
    expect(result.team.name).toBe("K–2 Literacy PLC");
    expect(result.members.length).toBe(rate?.members);
    expect(
      result.meetings.map(({ id: meetingId, present, absent, excused }) => ({
        id: meetingId,
        present,
        absent,
        excused,
      })),
    ).toEqual(meetings);
    expect(result.meetingsHeld).toBe(rate?.held);
    expect(result.meetingsHeld).toBeGreaterThan(0);
    expect(result.attendanceRate).toBeCloseTo(
      (rate?.present ?? 0) / ((rate?.members ?? 1) * (rate?.held ?? 1)),
      10,
    );
  });

  it("is refused to a coach who neither facilitates the team nor coaches its teachers", async () => {
    const id = await teamId("K–2 Literacy PLC");
    const leader = await api.callerFor("leader@maplevalley.test");
    expect(await codeOf(leader.caseload.team({ teamId: id }))).toBe("FORBIDDEN");
  });

  it("is refused to a teacher, and unknown teams are not found", async () => {
    const id = await teamId("K–2 Literacy PLC");
    const teacher = await api.callerFor("teacher@maplevalley.test");
    expect(await codeOf(teacher.caseload.team({ teamId: id }))).toBe("FORBIDDEN");
    const coach = await api.callerFor("coach@maplevalley.test");
    expect(
      await codeOf(coach.caseload.team({ teamId: "00000000-0000-4000-8000-000000000000" })),
    ).toBe("NOT_FOUND");
    expect(await codeOf(coach.caseload.team({ teamId: "not-an-id" }))).toBe("BAD_REQUEST");
  });
});
