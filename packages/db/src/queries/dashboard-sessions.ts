import type { DashboardFacts } from "@throughline/domain/dashboard-metrics";
import { type SQL, sql } from "drizzle-orm";
import type { Transaction } from "../client.ts";
import { micropdProgress, micropdSession } from "../schema/index.ts";
import { rowsOfResult } from "./result-rows.ts";

/**
 * Each teacher's MicroPD progress summed up in SQL, one row per teacher who opened a session:
 * the stages she began, sessions completed in the pace window, minutes completed in the
 * dashboard window, and her waits between sessions counted per whole day.
 *
 * The waits are the rule `waitsBetweenSessions` (domain rules/implementation-metrics) written in
 * SQL; `dashboard-sessions.test.ts` checks the two agree. Like the rule, sessions are ordered by
 * when they were opened, then finished (unfinished last), at the millisecond JavaScript reads, and
 * each finished session's next one waits max(0, floor(days between)).
 */
export async function loadSessionSummaries(
  tx: Transaction,
  params: {
    /** A subquery of the teachers' person ids (see `teachersInReach`). */
    teachers: SQL;
    /** The dashboard window: minutes count for sessions completed from `from` to `to`. */
    from: Date;
    to: Date;
    /** Pace counts sessions completed after this, up to `to`. */
    paceFrom: Date;
  },
): Promise<DashboardFacts["sessionSummaries"]> {
  // Raw SQL gets no column mapping: times go as ISO text, cast in SQL.
  const from = params.from.toISOString();
  const to = params.to.toISOString();
  const paceFrom = params.paceFrom.toISOString();
  const result: unknown = await tx.execute(sql`
    with progress as (
      select ${micropdProgress.personId} as person_id, ${micropdSession.stageId} as stage_id,
        date_trunc('milliseconds', ${micropdProgress.createdAt}) as opened_at,
        date_trunc('milliseconds', ${micropdProgress.completedAt}) as completed_at,
        coalesce(${micropdProgress.creditedMinutes}, ${micropdSession.estimatedMinutes}) as minutes
      from ${micropdProgress}
      join ${micropdSession}
        on ${micropdSession.districtId} = ${micropdProgress.districtId}
        and ${micropdSession.id} = ${micropdProgress.sessionId}
      where ${micropdProgress.personId} in (${params.teachers})
    ), ordered as (
      select person_id, opened_at,
        lag(completed_at) over (
          partition by person_id order by opened_at, completed_at nulls last
        ) as previous_completed_at
      from progress
    ), waits as (
      select person_id, json_agg(json_build_array(days, n) order by days) as waits
      from (
        select person_id,
          greatest(0, floor((extract(epoch from opened_at) - extract(epoch from previous_completed_at)) / 86400))::int as days,
          count(*)::int as n
        from ordered
        where previous_completed_at is not null
        group by 1, 2
      ) counted
      group by person_id
    ), totals as (
      select person_id,
        json_agg(distinct stage_id) as opened_stage_ids,
        count(*) filter (
          where completed_at > ${paceFrom}::timestamptz and completed_at <= ${to}::timestamptz
        )::int as recent_completed,
        coalesce(sum(minutes) filter (
          where completed_at >= ${from}::timestamptz and completed_at <= ${to}::timestamptz
        ), 0)::int as window_minutes
      from progress
      group by person_id
    )
    select totals.person_id::text as "personId", opened_stage_ids as "openedStageIds",
      recent_completed as "recentCompleted", window_minutes as "windowMinutes",
      coalesce(waits.waits, '[]'::json) as waits
    from totals left join waits on waits.person_id = totals.person_id`);
  return rowsOfResult<{
    personId: string;
    openedStageIds: unknown;
    recentCompleted: number;
    windowMinutes: number;
    waits: unknown;
  }>(result).map((row) => ({
    personId: row.personId,
    openedStageIds: jsonValue<string[]>(row.openedStageIds),
    recentCompleted: Number(row.recentCompleted),
    windowMinutes: Number(row.windowMinutes),
    waits: jsonValue<[number, number][]>(row.waits),
  }));
}

/** json arrives parsed from postgres.js and PGlite alike; text is parsed here just in case. */
function jsonValue<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}
