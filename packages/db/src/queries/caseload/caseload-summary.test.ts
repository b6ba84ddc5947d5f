import { type SQL, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import type { Transaction } from "../../client.ts";
import { demoPeople } from "../../seed/demo-logins.ts";
import { rawRows } from "../../testing.ts";
import { seededLoginPerFile } from "../../testing-seeded.ts";
import { CURRENT_STATUSES } from "../enrolments/stage-progress.ts";
import { currentEnrolmentFacts, memberFactsSql } from "./caseload-facts.ts";

/*
 * The caseload reads each teacher's facts from `teacher_caseload_summary`, kept by the triggers
 * of migration 0035. Here the same facts are also computed from the rows themselves, member by
 * member, as the caseload did before it kept them (the current enrolment, its stage's sessions,
 * the releases not completed, the plan steps, the last coaching observation): for every person
 * of the seeded district the two must be equal, after the seed and after each write below to
 * every table the facts come from, and the kept rows must equal a rebuild from scratch. Each write
 * goes through SQL, as any writer's would (API, roster import, seed).
 */

const coach = seededLoginPerFile(demoPeople.coach.email);
const now = new Date();

const current = sql.raw(CURRENT_STATUSES.map((status) => `'${status}'`).join(", "));

/** The facts `memberFactsSql` names, looked up from the rows for each member of `members`. */
function factsFromRowsSql(members: SQL, at: Date): SQL {
  const instant = at.toISOString();
  return sql`select p.*,
      ${currentEnrolmentFacts("cur")},
      (select count(*)::int from micropd_session ms
        where ms.district_id = cur.district_id and ms.stage_id = cur.stage_id) as "sessionsTotal",
      coalesce(summary.sessions_completed, 0) as "sessionsCompleted",
      coalesce(summary.meetings_attended, 0) as "meetingsAttended",
      summary.has_completed_action_step as "hasCompletedActionStep",
      (select count(*)::int from session_release r
        where r.district_id = cur.district_id and r.cohort_id = cur.cohort_id
          and r.releases_at <= ${instant}::timestamptz
          and not exists (
            select 1 from micropd_progress mp
            where mp.district_id = r.district_id and mp.person_id = p."memberId"
              and mp.session_id = r.session_id and mp.completed_at is not null
          )) as "releasedNotCompleted",
      steps.statuses as "stepStatuses", steps.due_on as "stepDueOn",
      (select max(m.starts_at)::text from meeting_attendance a
        join support_meeting m on m.district_id = a.district_id and m.id = a.meeting_id
        where a.person_id = p."memberId" and a.attendance = 'present'
          and m.status <> 'cancelled' and m.starts_at <= ${instant}::timestamptz
      ) as "lastMeetingAt",
      (select o.observed_on::text from observation o
        where o.teacher_id = p."memberId" and o.kind = 'coaching' and o.status = 'published'
        order by o.observed_on desc limit 1) as "lastObservedOn"
    from (${members}) p
    left join lateral (
      select e.id, e.district_id, e.cohort_id, e.enrolled_at, e.workshop_attended,
        e.confirmed_at, c.release_mode, s.id as stage_id, s.position as stage_position,
        s.title as stage_title, s.meetings_required, s.requires_confirmation,
        min(e.enrolled_at) over () as enrolled_since
      from enrolment e
      join cohort c on c.district_id = e.district_id and c.id = e.cohort_id
      join stage s on s.district_id = c.district_id and s.id = c.stage_id
      where e.person_id = p."memberId" and e.status in (${current})
      -- Her first program's current stage (domain rules/current-stage), then the last cohort.
      order by (select pr.position from program pr
          where pr.district_id = s.district_id and pr.id = s.program_id),
        s.position desc, c.name desc
      limit 1
    ) cur on true
    left join enrolment_progress_summary summary
      on summary.district_id = cur.district_id and summary.enrolment_id = cur.id
    left join lateral (
      select array_agg(st.status::text order by st.position) as statuses,
        array_agg(st.due_on::text order by st.position) as due_on
      from action_plan ap
      join action_step st on st.district_id = ap.district_id and st.plan_id = ap.id
      where ap.person_id = p."memberId" and ap.stage_id = cur.stage_id
    ) steps on true`;
}

const everyone = sql`select person.id as "memberId" from person`;

/** Every person's facts as the caseload reads them and as the rows give them, and both rebuilt. */
async function expectKeptAsComputed(tx: Transaction): Promise<void> {
  const byMember = (query: SQL) =>
    rawRows<Record<string, unknown>>(tx, sql`${query} order by p."memberId"`);
  const computed = await byMember(factsFromRowsSql(everyone, now));
  expect(await byMember(memberFactsSql(everyone, now))).toEqual(computed);
  const kept = await keptRows(tx);
  await tx.execute(sql`select refresh_teacher_caseload(array_agg(district_id), array_agg(id))
    from person`);
  expect(await keptRows(tx)).toEqual(kept);
}

/** The kept rows, as text, in one order. */
async function keptRows(tx: Transaction): Promise<string[]> {
  const rows = await rawRows<{ row: string }>(
    tx,
    sql`select k::text as row from teacher_caseload_summary k order by person_id`,
  );
  return rows.map((row) => row.row);
}

/** One row's id from a select. */
async function idOf(tx: Transaction, query: SQL): Promise<string> {
  const [row] = await rawRows<{ id: string }>(tx, query);
  if (!row) throw new Error("The seed has no such row.");
  return row.id;
}

describe("the caseload's kept facts", () => {
  test("equal the facts computed from the rows for every person, after each kind of write", async () => {
    await coach.rolledBack(async (tx) => {
      await expectKeptAsComputed(tx);
      // A teacher with a current enrolment, in a cohort with a stage, and her cohort and stage.
      const enrolmentId = await idOf(
        tx,
        sql`select id from enrolment where status = 'active' order by person_id limit 1`,
      );
      const [facts] = await rawRows<{ teacher: string; cohort: string; stage: string }>(
        tx,
        sql`select e.person_id as teacher, e.cohort_id as cohort, c.stage_id as stage
          from enrolment e join cohort c on c.district_id = e.district_id and c.id = e.cohort_id
          where e.id = ${enrolmentId}`,
      );
      if (!facts) throw new Error("No enrolment.");
      const { teacher, cohort, stage } = facts;
      const writes: SQL[] = [
        // The enrolment: workshop, confirmation, withdrawn and back, a later enrolment date.
        sql`update enrolment set workshop_attended = not workshop_attended
          where id = ${enrolmentId}`,
        sql`update enrolment set confirmed_at = now() where id = ${enrolmentId}`,
        sql`update enrolment set status = 'withdrawn' where id = ${enrolmentId}`,
        sql`update enrolment set status = 'active' where id = ${enrolmentId}`,
        sql`update enrolment set enrolled_at = enrolled_at - interval '30 days'
          where id = ${enrolmentId}`,
        // The cohort and the stage, a column at a time: renamed, released by date, moved,
        // asking for more.
        sql`update cohort set name = name || ' (renamed)' where id = ${cohort}`,
        sql`update cohort set release_mode = case release_mode when 'dated' then 'self_paced'
          else 'dated' end::release_mode where id = ${cohort}`,
        sql`update stage set title = title || ' (revised)' where id = ${stage}`,
        sql`update stage set meetings_required = meetings_required + 1 where id = ${stage}`,
        sql`update stage set requires_confirmation = not requires_confirmation
          where id = ${stage}`,
        sql`update stage set position = position + 100 where id = ${stage}`,
        // A session added to the stage, released to the cohort (past and future), completed.
        sql`insert into micropd_session (district_id, stage_id, position, title, summary,
            estimated_minutes)
          select district_id, stage_id, position + 1000, 'Added', 'Added session', 10
          from micropd_session where stage_id = ${stage} order by position limit 1`,
        sql`insert into session_release (district_id, cohort_id, session_id, releases_at)
          select s.district_id, ${cohort}, s.id, now() - interval '2 days'
          from micropd_session s where s.stage_id = ${stage}
            and not exists (select 1 from session_release r
              where r.cohort_id = ${cohort} and r.session_id = s.id)`,
        sql`update session_release set releases_at = now() + interval '3 days'
          where id = (select id from session_release where cohort_id = ${cohort}
            order by session_id limit 1)`,
        sql`insert into micropd_progress (district_id, person_id, session_id, completed_at)
          select district_id, ${teacher}, id, now() from micropd_session
          where stage_id = ${stage} and title = 'Added'`,
        sql`update micropd_progress set completed_at = null
          where person_id = ${teacher} and session_id in (
            select id from micropd_session where stage_id = ${stage} and title = 'Added')`,
        sql`delete from session_release where cohort_id = ${cohort} and session_id in (
            select id from micropd_session where stage_id = ${stage} and title = 'Added')`,
        sql`delete from micropd_session where stage_id = ${stage} and title = 'Added'`,
        // The stage's plan and its steps: written, reordered, done, due, deleted.
        sql`insert into action_plan (district_id, person_id, stage_id, goal)
          values (${coach.districtId}, ${teacher}, ${stage}, 'Kept goal')
          on conflict do nothing`,
        sql`insert into action_step (district_id, plan_id, position, description, due_on)
          select ap.district_id, ap.id, 100 + n, 'Step ' || n, current_date + n
          from action_plan ap, generate_series(1, 3) n
          where ap.person_id = ${teacher} and ap.stage_id = ${stage}`,
        sql`update action_step set position = 50 where description = 'Step 3'`,
        sql`update action_step set status = 'done' where description = 'Step 3'`,
        sql`update action_step set due_on = null where description = 'Step 2'`,
        sql`delete from action_step where description = 'Step 1'`,
        sql`delete from action_plan where person_id = ${teacher} and stage_id = ${stage}`,
        // Coaching observations: published, moved to a later day, back to draft, deleted.
        sql`insert into observation (district_id, teacher_id, observer_id, kind, observed_on,
            status)
          values (${coach.districtId}, ${teacher}, ${coach.personId}, 'coaching',
            current_date, 'published')`,
        sql`update observation set observed_on = current_date + 1
          where teacher_id = ${teacher} and observed_on = current_date`,
        sql`update observation set status = 'draft'
          where teacher_id = ${teacher} and observed_on = current_date + 1`,
        sql`delete from observation where teacher_id = ${teacher} and kind = 'coaching'`,
        // The enrolment deleted: her other enrolments, if any, become current.
        sql`delete from enrolment where id = ${enrolmentId}`,
      ];
      for (const write of writes) {
        await tx.execute(write);
        await expectKeptAsComputed(tx);
      }
    });
  });
});
