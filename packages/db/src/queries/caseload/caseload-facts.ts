import { type SQL, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { CURRENT_STATUSES } from "../enrolments/stage-progress.ts";
import { rowsOfResult } from "../sql/result-rows.ts";
import { type TeamMemberRow, teamsWithMembersSql } from "./coached-teams.ts";

/**
 * One team and member of the caseload with the member's facts, as the statement gives them: one
 * flat row, text where a date; the facts are null (or 0) on a team's row without a member.
 */
export interface CaseloadFactsRow extends TeamMemberRow {
  /** The current enrolment's (the highest stage's, then the last cohort by name); null: none. */
  releaseMode: "self_paced" | "dated" | null;
  stagePosition: number | null;
  stageTitle: string | null;
  meetingsRequired: number | null;
  requiresConfirmation: boolean | null;
  workshopAttended: boolean | null;
  confirmedAt: string | null;
  enrolledAt: string | null;
  /** The earliest current enrolment's date, whichever stage. */
  enrolledSince: string | null;
  sessionsTotal: number;
  sessionsCompleted: number;
  meetingsAttended: number;
  hasCompletedActionStep: boolean | null;
  releasedNotCompleted: number;
  /** The current stage's plan steps, as two parallel arrays (null: no steps). */
  stepStatuses: string[] | null;
  stepDueOn: (string | null)[] | null;
  /** The start of the last meeting that took place with them present (started by now). */
  lastMeetingAt: string | null;
  lastObservedOn: string | null;
}

const current = sql.raw(CURRENT_STATUSES.map((status) => `'${status}'`).join(", "));

/**
 * The whole caseload of the teams `where` picks in one statement: each team and active member
 * (`teamsWithMembersSql`, by member name) with what the caseload shows of the member: the
 * current enrolment with its kept counts (`enrolment_progress_summary`) and pace, the current
 * stage's plan steps, the last meeting attended (the newest of the teacher's kept meeting
 * starts, `teacher_meeting_starts`, that started by now) and the last coaching observation.
 * Each member's rows are looked up in a lateral join per member through an index that leads
 * with the district (row security supplies it) and the person; the kept rows are one per
 * teacher where the last meeting read 1,244 attendance rows and 140 meetings for 100 teachers.
 * Written by hand, so its text is built once per team filter and is the same for every coach
 * (prepared once per connection) and its rows come back unmapped: the five drizzle-built
 * statements it replaces cost more processor time in node to build, send and map than
 * PostgreSQL spent running them.
 */
export async function loadCaseloadOfTeams(
  tx: Transaction,
  params: { where: SQL; byName: boolean; now: Date },
): Promise<CaseloadFactsRow[]> {
  const result: unknown = await tx.execute(
    sql`${memberFactsSql(teamsWithMembersSql(params), params.now)} order by p."memberName"`,
  );
  return rowsOfResult<CaseloadFactsRow>(result);
}

/**
 * The caseload facts of each row of `members` (a select with a `"memberId"` column, aliased
 * `p`): its columns and the facts `CaseloadFactsRow` names. The caseload reads it per team and
 * member; the overview's district counts read it once per teacher and count in SQL.
 */
export function memberFactsSql(members: SQL, at: Date): SQL {
  const now = at.toISOString();
  return sql`select p.*,
      cur.release_mode as "releaseMode", cur.stage_position as "stagePosition",
      cur.stage_title as "stageTitle", cur.meetings_required as "meetingsRequired",
      cur.requires_confirmation as "requiresConfirmation",
      cur.workshop_attended as "workshopAttended", cur.confirmed_at::text as "confirmedAt",
      cur.enrolled_at::text as "enrolledAt", cur.enrolled_since::text as "enrolledSince",
      (select count(*)::int from micropd_session ms
        where ms.district_id = cur.district_id and ms.stage_id = cur.stage_id) as "sessionsTotal",
      coalesce(summary.sessions_completed, 0) as "sessionsCompleted",
      coalesce(summary.meetings_attended, 0) as "meetingsAttended",
      summary.has_completed_action_step as "hasCompletedActionStep",
      (select count(*)::int from session_release r
        where r.district_id = cur.district_id and r.cohort_id = cur.cohort_id
          and r.releases_at <= ${now}::timestamptz
          and not exists (
            select 1 from micropd_progress mp
            where mp.district_id = r.district_id and mp.person_id = p."memberId"
              and mp.session_id = r.session_id and mp.completed_at is not null
          )) as "releasedNotCompleted",
      steps.statuses as "stepStatuses", steps.due_on as "stepDueOn",
      (select max(starts.at)::text
        from teacher_meeting_starts kept, unnest(kept.starts_at) as starts(at)
        where kept.person_id = p."memberId" and starts.at <= ${now}::timestamptz
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
      order by s.position desc, c.name desc
      limit 1
    ) cur on true
    left join lateral (
      select sessions_completed, meetings_attended, has_completed_action_step
      from enrolment_progress_summary
      where district_id = cur.district_id and enrolment_id = cur.id
      limit 1
    ) summary on true
    left join lateral (
      -- The plan is found first (one per person and stage) and its steps read in their order,
      -- which only the (plan, position) key gives: a join on the plan left the planner free to
      -- read a district's every step per member through another index led by district_id.
      select array_agg(ordered.status) as statuses, array_agg(ordered.due_on) as due_on
      from (
        select st.status::text as status, st.due_on::text as due_on
        from action_step st
        where st.district_id = cur.district_id
          and st.plan_id = (
            select ap.id from action_plan ap
            where ap.person_id = p."memberId" and ap.stage_id = cur.stage_id
          )
        order by st.position
      ) ordered
    ) steps on true`;
}
