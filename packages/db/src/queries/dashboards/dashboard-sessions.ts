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
import { loadJsonRows } from "./dashboard-json-rows.ts";

/** The values the sessions part reads, as SQL: values or a prebuilt statement's placeholders. */
interface SessionsSqlParams {
  /** A subquery of the teachers' person ids (see `teachersInReach`). */
  teachers: SQL;
  /** The school year's first day (a date) and the next school year's start (a timestamptz). */
  yearStart: SQL;
  nextYear: SQL;
  /** The window's end and the pace window's start (timestamptz). */
  to: SQL;
  paceFrom: SQL;
  /** See `loadSessionSummaries`. */
  wholeDistrict: boolean;
}

/** The rows of `loadSessionSummaries` as a select (json: arrays stay arrays). */
export function sessionSummariesSql(params: SessionsSqlParams): SQL {
  const { to, paceFrom, nextYear } = params;
  const completedAt = sql`date_trunc('milliseconds', ${micropdProgress.completedAt})`;
  const minutes = sql`coalesce(${micropdProgress.creditedMinutes}, ${micropdSession.estimatedMinutes})`;
  // The teachers are read once: inlined in each part, the planner re-read a school's teachers
  // for every row of the year's summary (22 ms against 5 ms for a school of 50).
  return sql`
    with reach_teachers(id) as materialized (${params.teachers}),
    year as (
      select ${teacherSessionYear.personId} as person_id, ${teacherSessionYear.minutes} as minutes
      from ${teacherSessionYear}
      where ${teacherSessionYear.personId} in (select id from reach_teachers)
        and ${teacherSessionYear.yearStart} = ${params.yearStart}
    ), after_window as (
      -- Completed this school year after the window's end (none, unless clocks disagree).
      select ${micropdProgress.personId} as person_id, sum(${minutes}) as minutes
      from ${micropdProgress}
      join ${micropdSession}
        on ${micropdSession.districtId} = ${micropdProgress.districtId}
        and ${micropdSession.id} = ${micropdProgress.sessionId}
      where ${micropdProgress.completedAt} > ${to}
        and ${micropdProgress.completedAt} < ${nextYear}
        and ${completedAt} > ${to}
      group by ${micropdProgress.personId}
    ), recent as (
      -- For a district by completion time alone, the teachers left to the final join: filtered
      -- by teacher, the planner read each of the district's 20,000 teachers' progress by person
      -- (0.9 s), not the pace window's rows by the completion index. For a school, by teacher:
      -- by completion time it read the whole district's weeks of progress for 50 teachers.
      select ${micropdProgress.personId} as person_id, count(*) as completed
      from ${micropdProgress}
      where ${params.wholeDistrict ? sql`true` : sql`${micropdProgress.personId} in (select id from reach_teachers)`}
        and ${micropdProgress.completedAt} > ${paceFrom}
        and ${completedAt} > ${paceFrom} and ${completedAt} <= ${to}
      group by ${micropdProgress.personId}
    )
    select summary.person_id as "personId",
      summary.opened_stage_ids as "openedStageIds",
      coalesce(recent.completed, 0)::int as "recentCompleted",
      (coalesce(year.minutes, 0) - coalesce(after_window.minutes, 0))::int as "windowMinutes",
      summary.waits as waits
    from ${teacherSessionSummary} summary
    left join year on year.person_id = summary.person_id
    left join after_window on after_window.person_id = summary.person_id
    left join recent on recent.person_id = summary.person_id
    where summary.person_id in (select id from reach_teachers)`;
}

/** The school year's bounds of a window that starts on one (1 August, UTC), as ISO text. */
export function schoolYearBounds(from: Date): { yearStart: string; nextYear: string } {
  if (from.getTime() !== Date.UTC(from.getUTCFullYear(), schoolYearStartMonth - 1, 1)) {
    throw new Error("The dashboard window starts at a school year's start (1 August, UTC).");
  }
  const next = new Date(Date.UTC(from.getUTCFullYear() + 1, schoolYearStartMonth - 1, 1));
  return { yearStart: from.toISOString().slice(0, 10), nextYear: next.toISOString() };
}

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
  const { yearStart, nextYear } = schoolYearBounds(params.from);
  const rows = await loadJsonRows<SessionSummaryRow>(
    tx,
    sessionSummariesSql({
      teachers: params.teachers,
      yearStart: sql`${yearStart}::date`,
      nextYear: sql`${nextYear}::timestamptz`,
      to: sql`${params.to.toISOString()}::timestamptz`,
      paceFrom: sql`${params.paceFrom.toISOString()}::timestamptz`,
      wholeDistrict: params.wholeDistrict,
    }),
  );
  return rows.map(sessionSummaryOf);
}

/** A row of the sessions part as JSON reads it. */
export interface SessionSummaryRow {
  personId: string;
  openedStageIds: string[];
  recentCompleted: number;
  windowMinutes: number;
  waits: [number, number][];
}

export function sessionSummaryOf(
  row: SessionSummaryRow,
): DashboardFacts["sessionSummaries"][number] {
  return {
    personId: row.personId,
    openedStageIds: row.openedStageIds,
    recentCompleted: Number(row.recentCompleted),
    windowMinutes: Number(row.windowMinutes),
    waits: row.waits,
  };
}
