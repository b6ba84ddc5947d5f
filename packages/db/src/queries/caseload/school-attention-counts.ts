import type { CaseloadFlagKind } from "@throughline/domain/rules/caseload-flags";
import { type SQL, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { rowsOfResult } from "../sql/result-rows.ts";
import { memberFactsSql } from "./caseload-facts.ts";

/** One school's teachers and how many carry each caseload flag (each teacher counted once). */
interface SchoolAttentionCounts {
  schoolId: string;
  schoolName: string;
  teachers: number;
  flaggedTeachers: number;
  flagCounts: Record<CaseloadFlagKind, number>;
}

/*
 * The caseload's flag rules (`rules/caseload-flags.ts`, `rules/stage-status.ts`) written over
 * the columns of `memberFactsSql`, so a district's flags are counted where the facts are instead
 * of sending every teacher's facts to the server. `school-attention-counts.test.ts` holds them
 * equal to the pure rules for every demo teacher at instants around the rules' edges.
 */

const DAY_SECONDS = 86_400;

/** Whole days from `from` to the instant `now` (a timestamptz), as the rules' `wholeDaysBetween`. */
function wholeDays(from: SQL, now: SQL): SQL {
  return sql`floor(extract(epoch from (${now} - ${from})) / ${sql.raw(String(DAY_SECONDS))})`;
}

/** Each flag as a boolean over a facts row `f`, for the instant `now` and its UTC day `today`. */
function flagsSql(now: SQL, today: SQL): Record<CaseloadFlagKind, SQL> {
  const enrolled = sql`(f."releaseMode" is not null and f."enrolledAt" is not null)`;
  const enrolledAt = sql`f."enrolledAt"::timestamptz`;
  const since = sql`f."enrolledSince"::timestamptz`;
  const requirementsMet = sql`(coalesce(f."workshopAttended", false)
    and f."sessionsCompleted" >= f."sessionsTotal"
    and f."meetingsAttended" >= coalesce(f."meetingsRequired", 0)
    and coalesce(f."hasCompletedActionStep", false))`;
  return {
    behind_on_micropd: sql`(${enrolled} and case when f."releaseMode" = 'dated'
      then f."releasedNotCompleted" >= 1
      else least(f."sessionsTotal", greatest(0, floor(${wholeDays(enrolledAt, now)} / 7)))
        - f."sessionsCompleted" >= 2 end)`,
    overdue_or_stuck_steps: sql`(${enrolled} and exists (
      select 1 from unnest(f."stepStatuses", f."stepDueOn") as step(status, due_on)
      where step.status = 'stuck'
        or (step.status <> 'done' and step.due_on is not null and step.due_on < ${today})))`,
    no_recent_meeting: sql`(f."enrolledSince" is not null
      and extract(epoch from (${now} - ${since})) >= 21 * ${sql.raw(String(DAY_SECONDS))}
      and (f."lastMeetingAt" is null
        or extract(epoch from (${now} - f."lastMeetingAt"::timestamptz))
          > 21 * ${sql.raw(String(DAY_SECONDS))}))`,
    ready_for_review: sql`(${enrolled} and ${requirementsMet}
      and coalesce(f."requiresConfirmation", false) and f."confirmedAt" is null)`,
    not_observed_recently: sql`(f."enrolledSince" is not null
      and ${wholeDays(since, now)} >= 45
      and (f."lastObservedOn" is null
        or ${wholeDays(sql`(f."lastObservedOn" || 'T00:00:00Z')::timestamptz`, now)} > 45))`,
  };
}

const kinds = [
  "behind_on_micropd",
  "overdue_or_stuck_steps",
  "no_recent_meeting",
  "ready_for_review",
  "not_observed_recently",
] as const satisfies readonly CaseloadFlagKind[];

/**
 * Each teacher's flags of one statement's members (`"memberId"` rows), one row per member with
 * a boolean column per kind: what the counts below group, and what their test compares with
 * the pure rules.
 */
export function memberFlagsSql(members: SQL, at: Date): SQL {
  const now = sql`${at.toISOString()}::timestamptz`;
  const today = sql`${at.toISOString().slice(0, 10)}::text`;
  const flags = flagsSql(now, today);
  const columns = sql.join(
    kinds.map((kind) => sql`${flags[kind]} as ${sql.identifier(kind)}`),
    sql`, `,
  );
  return sql`select f."memberId", ${columns} from (${memberFactsSql(members, at)}) f`;
}

/**
 * Every school of the district with its teachers (active members of its teams who hold a
 * teacher role, each once) and how many carry each caseload flag, in one statement: the flags
 * are decided once per teacher (`memberFlagsSql`) and grouped by school in PostgreSQL.
 */
export async function schoolAttentionCounts(
  tx: Transaction,
  params: { now: Date },
): Promise<SchoolAttentionCounts[]> {
  const members = sql`select distinct team_member.person_id as "memberId"
    from team_member
    join person on person.district_id = team_member.district_id
      and person.id = team_member.person_id and person.active
    where exists (select 1 from role_membership
      where role_membership.district_id = team_member.district_id
        and role_membership.person_id = team_member.person_id
        and role_membership.role = 'teacher')`;
  const anyFlag = sql.join(
    kinds.map((kind) => sql`teacher.${sql.identifier(kind)}`),
    sql` or `,
  );
  const counts = sql.join(
    kinds.map(
      (kind) =>
        sql`(count(*) filter (where teacher.${sql.identifier(kind)}))::int as ${sql.identifier(kind)}`,
    ),
    sql`, `,
  );
  const result: unknown = await tx.execute(sql`with flags as materialized (
      ${memberFlagsSql(members, params.now)}
    ), school_teacher as (
      select school_member.school_id, flags.*
      from (
        select distinct team.school_id, team_member.person_id
        from team
        join team_member on team_member.district_id = team.district_id
          and team_member.team_id = team.id
      ) school_member
      join flags on flags."memberId" = school_member.person_id
    )
    select school.id as "schoolId", school.name as "schoolName",
      count(teacher."memberId")::int as teachers,
      (count(*) filter (where ${anyFlag}))::int as "flaggedTeachers",
      ${counts}
    from school
    left join school_teacher teacher on teacher.school_id = school.id
    group by school.id, school.name
    order by school.name, school.id`);
  return rowsOfResult<Record<string, unknown>>(result).map((row) => ({
    schoolId: String(row.schoolId),
    schoolName: String(row.schoolName),
    teachers: Number(row.teachers),
    flaggedTeachers: Number(row.flaggedTeachers),
    flagCounts: Object.fromEntries(kinds.map((kind) => [kind, Number(row[kind])])) as Record<
      CaseloadFlagKind,
      number
    >,
  }));
}
