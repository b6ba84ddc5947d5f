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
  // One sort of the progress rows (by teacher, then as the rule orders them) serves both the
  // waits and the per-teacher totals: the grouping reads the window's output in its order.
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
      select person_id, stage_id, minutes, completed_at,
        (extract(epoch from opened_at) - extract(epoch from lag(completed_at) over by_teacher))
          / 86400 as wait
      from progress
      window by_teacher as (partition by person_id order by opened_at, completed_at nulls last)
    )
    select person_id::text as "personId",
      json_agg(distinct stage_id) as "openedStageIds",
      count(*) filter (
        where completed_at > ${paceFrom}::timestamptz and completed_at <= ${to}::timestamptz
      )::int as "recentCompleted",
      coalesce(sum(minutes) filter (
        where completed_at >= ${from}::timestamptz and completed_at <= ${to}::timestamptz
      ), 0)::int as "windowMinutes",
      -- No wait after an unfinished session (null); working ahead waits 0 days.
      coalesce(json_agg(greatest(0, floor(wait))::int) filter (where wait is not null), '[]'::json)
        as waits
    from ordered
    group by person_id`);
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
    waits: countedDays(jsonValue<number[]>(row.waits)),
  }));
}

/** A teacher's waits (about one per session) as [days, how many], fewest days first. */
function countedDays(waits: readonly number[]): [number, number][] {
  const counts = new Map<number, number>();
  for (const days of waits) counts.set(days, (counts.get(days) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => a[0] - b[0]);
}

/** json arrives parsed from postgres.js and PGlite alike; text is parsed here just in case. */
function jsonValue<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}
