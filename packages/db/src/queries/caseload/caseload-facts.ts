import { type SQL, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { rowsOfResult } from "../sql/result-rows.ts";
import { type ProgramStageFacts, withProgramStagesSql } from "./caseload-programs.ts";
import { type TeamMemberRow, teamsWithMembersSql } from "./coached-teams.ts";

/**
 * One team and member of the caseload with the member's facts, as the statement gives them: one
 * flat row, text where a date; the facts are null (or 0) on a team's row without a member.
 */
export interface CaseloadFactsRow extends TeamMemberRow {
  /** The current enrolment's (her first program's highest stage's, then the last cohort by
   * name: domain rules/current-stage); null: none. */
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
  /** Her current stage in each program, where the district runs several; null where one. */
  programs: ProgramStageFacts[] | null;
}

/**
 * The whole caseload of the teams `where` picks in one statement: each team and active member
 * (`teamsWithMembersSql`, by member name) with what the caseload shows of the member, read by
 * key from the member's kept rows (`memberFactsSql`). Written by hand, so its text is built once
 * per team filter and is the same for every coach (prepared once per connection) and its rows
 * come back unmapped: the five drizzle-built statements it replaces cost more processor time in
 * node to build, send and map than PostgreSQL spent running them.
 */
export async function loadCaseloadOfTeams(
  tx: Transaction,
  params: { where: SQL; byName: boolean; now: Date },
): Promise<CaseloadFactsRow[]> {
  const result: unknown = await tx.execute(
    sql`${withProgramStagesSql(memberFactsSql(teamsWithMembersSql(params), params.now))}
      order by f."memberName"`,
  );
  return rowsOfResult<CaseloadFactsRow>(result);
}

/** The current enrolment's facts a member's row carries, as column and answer name. */
const enrolmentFacts = [
  ["release_mode", "releaseMode"],
  ["stage_position", "stagePosition"],
  ["stage_title", "stageTitle"],
  ["meetings_required", "meetingsRequired"],
  ["requires_confirmation", "requiresConfirmation"],
  ["workshop_attended", "workshopAttended"],
  ["confirmed_at::text", "confirmedAt"],
  ["enrolled_at::text", "enrolledAt"],
  ["enrolled_since::text", "enrolledSince"],
] as const;

/**
 * The current enrolment's facts read off the row aliased `row` (the kept summary here, the rows
 * themselves in the test that holds the two equal), named as `memberFactsSql` answers them.
 */
export function currentEnrolmentFacts(row: "kept" | "cur"): SQL {
  return sql.raw(
    enrolmentFacts.map(([column, name]) => `${row}.${column} as "${name}"`).join(", "),
  );
}

/**
 * The caseload facts of each row of `members` (a select with a `"memberId"` column, aliased
 * `p`): its columns and the facts `CaseloadFactsRow` names. The caseload reads it per team and
 * member; the overview's district counts read it once per teacher and count in SQL.
 *
 * Each member's facts are three rows read by key, each through an index that leads with the
 * district (row security supplies it) and the person or enrolment: the kept caseload row
 * (`teacher_caseload_summary`: the current enrolment with its cohort's and stage's facts, the
 * stage's session count, the plan steps, the releases not yet completed and the last coaching
 * observation), the current enrolment's kept counts (`enrolment_progress_summary`) and the kept
 * meeting starts (`teacher_meeting_starts`). Only what moves with the clock is worked out here,
 * each in the select list with `width_bucket` (how many of an array's values, in ascending
 * order, are at or before an instant: a binary search, no subquery): the releases opened by
 * now, and the newest meeting started by now. Looked up per member before, these facts took
 * about ten index reads and as many plan nodes per member. The kept rows are read in lateral
 * lookups with a limit, so the plan stays one probe per member: as plain joins the planner
 * chose, at times, to read a district's 20,000 kept rows into a hash instead (15 ms where 100
 * probes take 0.3).
 */
export function memberFactsSql(members: SQL, at: Date): SQL {
  const now = at.toISOString();
  return sql`select p.*,
      ${currentEnrolmentFacts("kept")},
      coalesce(kept.sessions_total, 0) as "sessionsTotal",
      coalesce(kept.sessions_completed, 0) as "sessionsCompleted",
      coalesce(kept.meetings_attended, 0) as "meetingsAttended",
      kept.has_completed_action_step as "hasCompletedActionStep",
      coalesce(width_bucket(${now}::timestamptz, kept.unfinished_releases_at), 0)
        as "releasedNotCompleted",
      kept.step_statuses as "stepStatuses", kept.step_due_on::text[] as "stepDueOn",
      meetings.starts_at[width_bucket(${now}::timestamptz, meetings.starts_at)]::text
        as "lastMeetingAt",
      kept.last_observed_on::text as "lastObservedOn"
    from (${members}) p
    left join lateral (
      select kept.*, summary.sessions_completed, summary.meetings_attended,
        summary.has_completed_action_step
      from teacher_caseload_summary kept
      left join enrolment_progress_summary summary on summary.enrolment_id = kept.enrolment_id
      where kept.person_id = p."memberId"
      limit 1
    ) kept on true
    left join lateral (
      select starts_at from teacher_meeting_starts where person_id = p."memberId" limit 1
    ) meetings on true`;
}
