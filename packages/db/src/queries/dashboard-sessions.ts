import type { DashboardFacts } from "@throughline/domain/dashboard-metrics";
import { type SQL, sql } from "drizzle-orm";
import type { Transaction } from "../client.ts";
import {
  micropdProgress,
  micropdSession,
  teacherSessionDay,
  teacherSessionSummary,
} from "../schema/index.ts";
import { rowsOfResult } from "./result-rows.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Each teacher's MicroPD progress, one row per teacher who opened a session: the stages she
 * began, sessions completed in the pace window, minutes completed in the dashboard window, and
 * her waits between sessions counted per whole day.
 *
 * Read from the summary tables the triggers of migration 0020 keep as progress is written
 * (`teacher_session_summary`, `teacher_session_day`), not from the progress rows: the waits (the
 * rule `waitsBetweenSessions`, see the migration; `dashboard-sessions.test.ts` checks the two
 * agree) and the stages whole, the windowed figures from the per-day rows of the days the window
 * covers entirely. Only the progress of the days a window edge falls inside (the pace window's
 * first day, today) is read row by row, by completion time, so the figures stay exact to the
 * millisecond as before.
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
  // Raw SQL gets no column mapping: times go as ISO text, cast in SQL. Days are UTC, as stored.
  const from = params.from.toISOString();
  const to = params.to.toISOString();
  const paceFrom = params.paceFrom.toISOString();
  const fromDay = utcDay(params.from);
  const toDay = utcDay(params.to);
  const paceDay = utcDay(params.paceFrom);
  const nextDay = (day: string) => utcDay(new Date(Date.parse(day) + DAY_MS));
  const completedAt = sql`date_trunc('milliseconds', ${micropdProgress.completedAt})`;
  const onDay = (day: string) =>
    sql`(${micropdProgress.completedAt} >= ${day}::timestamptz and ${micropdProgress.completedAt} < ${nextDay(day)}::timestamptz)`;
  const result: unknown = await tx.execute(sql`
    with by_day as (
      select ${teacherSessionDay.personId} as person_id,
        sum(${teacherSessionDay.completed}) filter (
          where ${teacherSessionDay.day} > ${paceDay}::date
        ) as recent,
        sum(${teacherSessionDay.minutes}) filter (
          where ${teacherSessionDay.day} >= ${fromDay}::date
        ) as minutes
      from ${teacherSessionDay}
      where ${teacherSessionDay.personId} in (${params.teachers})
        and ${teacherSessionDay.day} >= least(${fromDay}::date, ${paceDay}::date + 1)
        and ${teacherSessionDay.day} < ${toDay}::date
      group by ${teacherSessionDay.personId}
    ), edges as (
      select ${micropdProgress.personId} as person_id,
        count(*) filter (
          where ${completedAt} > ${paceFrom}::timestamptz and ${completedAt} <= ${to}::timestamptz
        ) as recent,
        sum(coalesce(${micropdProgress.creditedMinutes}, ${micropdSession.estimatedMinutes})) filter (
          where ${onDay(toDay)} and ${completedAt} >= ${from}::timestamptz
            and ${completedAt} <= ${to}::timestamptz
        ) as minutes
      from ${micropdProgress}
      join ${micropdSession}
        on ${micropdSession.districtId} = ${micropdProgress.districtId}
        and ${micropdSession.id} = ${micropdProgress.sessionId}
      where (${onDay(paceDay)} or ${onDay(toDay)})
        and ${micropdProgress.personId} in (${params.teachers})
      group by ${micropdProgress.personId}
    )
    select summary.person_id::text as "personId",
      to_json(summary.opened_stage_ids) as "openedStageIds",
      (coalesce(by_day.recent, 0) + coalesce(edges.recent, 0))::int as "recentCompleted",
      (coalesce(by_day.minutes, 0) + coalesce(edges.minutes, 0))::int as "windowMinutes",
      summary.waits as waits
    from ${teacherSessionSummary} summary
    left join by_day on by_day.person_id = summary.person_id
    left join edges on edges.person_id = summary.person_id
    where summary.person_id in (${params.teachers})`);
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

/** The UTC day of a moment, as the summary stores it ("2026-12-06"). */
function utcDay(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** json arrives parsed from postgres.js and PGlite alike; text is parsed here just in case. */
function jsonValue<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}
