import type { DashboardFacts } from "@throughline/domain/dashboard-metrics";
import { schoolYearStartMonth } from "@throughline/domain/rules/school-year";
import { type SQL, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  micropdProgress,
  micropdSession,
  teacherSessionSummary,
  teacherSessionYear,
} from "../../schema/index.ts";
import { rowsOfResult } from "../sql/result-rows.ts";

/**
 * Each teacher's MicroPD progress, one row per teacher who opened a session: the stages she
 * began, sessions completed in the pace window, minutes completed in the dashboard window, and
 * her waits between sessions counted per whole day.
 *
 * Read from the summary tables the triggers of migration 0020 keep as progress is written, not
 * from every progress row: the stages and the waits (the rule `waitsBetweenSessions` in SQL, see
 * the migration; `dashboard-sessions.test.ts` checks the two agree) per teacher, the window's
 * minutes from her school year's row less what was completed after the window's end. Only the
 * pace window's few weeks of progress are read row by row, by completion time. Times compare at
 * the millisecond JavaScript reads, as the rule does.
 */
export async function loadSessionSummaries(
  tx: Transaction,
  params: {
    /** A subquery of the teachers' person ids (see `teachersInReach`). */
    teachers: SQL;
    /** The dashboard window, from the start of a school year (1 August, UTC) to `to`. */
    from: Date;
    to: Date;
    /** Pace counts sessions completed after this, up to `to`. */
    paceFrom: Date;
    /**
     * Whether the teachers are a whole district: then the pace window's progress is read by
     * completion time alone; a school's or team's is read teacher by teacher.
     */
    wholeDistrict: boolean;
  },
): Promise<DashboardFacts["sessionSummaries"]> {
  const yearStart = params.from;
  if (yearStart.getTime() !== Date.UTC(yearStart.getUTCFullYear(), schoolYearStartMonth - 1, 1)) {
    throw new Error("The sessions window starts at a school year's start (1 August, UTC).");
  }
  // Raw SQL gets no column mapping: times go as ISO text, cast in SQL.
  const from = yearStart.toISOString();
  const nextYear = new Date(
    Date.UTC(yearStart.getUTCFullYear() + 1, schoolYearStartMonth - 1, 1),
  ).toISOString();
  const to = params.to.toISOString();
  const paceFrom = params.paceFrom.toISOString();
  const completedAt = sql`date_trunc('milliseconds', ${micropdProgress.completedAt})`;
  const minutes = sql`coalesce(${micropdProgress.creditedMinutes}, ${micropdSession.estimatedMinutes})`;
  // The teachers are read once: inlined in each part, the planner re-read a school's teachers
  // for every row of the year's summary (22 ms against 5 ms for a school of 50).
  const result: unknown = await tx.execute(sql`
    with reach_teachers(id) as materialized (${params.teachers}),
    year as (
      select ${teacherSessionYear.personId} as person_id, ${teacherSessionYear.minutes} as minutes
      from ${teacherSessionYear}
      where ${teacherSessionYear.personId} in (select id from reach_teachers)
        and ${teacherSessionYear.yearStart} = ${from.slice(0, 10)}::date
    ), after_window as (
      -- Completed this school year after the window's end (none, unless clocks disagree).
      select ${micropdProgress.personId} as person_id, sum(${minutes}) as minutes
      from ${micropdProgress}
      join ${micropdSession}
        on ${micropdSession.districtId} = ${micropdProgress.districtId}
        and ${micropdSession.id} = ${micropdProgress.sessionId}
      where ${micropdProgress.completedAt} > ${to}::timestamptz
        and ${micropdProgress.completedAt} < ${nextYear}::timestamptz
        and ${completedAt} > ${to}::timestamptz
      group by ${micropdProgress.personId}
    ), recent as (
      -- For a district by completion time alone, the teachers left to the final join: filtered
      -- by teacher, the planner read each of the district's 20,000 teachers' progress by person
      -- (0.9 s), not the pace window's rows by the completion index. For a school, by teacher:
      -- by completion time it read the whole district's weeks of progress for 50 teachers.
      select ${micropdProgress.personId} as person_id, count(*) as completed
      from ${micropdProgress}
      where ${params.wholeDistrict ? sql`true` : sql`${micropdProgress.personId} in (select id from reach_teachers)`}
        and ${micropdProgress.completedAt} > ${paceFrom}::timestamptz
        and ${completedAt} > ${paceFrom}::timestamptz and ${completedAt} <= ${to}::timestamptz
      group by ${micropdProgress.personId}
    )
    select summary.person_id::text as "personId",
      to_json(summary.opened_stage_ids) as "openedStageIds",
      coalesce(recent.completed, 0)::int as "recentCompleted",
      (coalesce(year.minutes, 0) - coalesce(after_window.minutes, 0))::int as "windowMinutes",
      summary.waits as waits
    from ${teacherSessionSummary} summary
    left join year on year.person_id = summary.person_id
    left join after_window on after_window.person_id = summary.person_id
    left join recent on recent.person_id = summary.person_id
    where summary.person_id in (select id from reach_teachers)`);
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
