import type { DashboardFacts } from "@throughline/domain/dashboard-metrics";
import { type SQL, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { meetingAttendance, supportMeeting, teacherMeetingYear } from "../../schema/index.ts";
import { loadJsonRows } from "./dashboard-json-rows.ts";
import { schoolYearBounds } from "./dashboard-sessions.ts";

/** The rows of `loadMeetingMinutes` as a select; values as SQL (see `SessionsSqlParams`). */
export function meetingMinutesSql(params: {
  teachers: SQL;
  yearStart: SQL;
  nextYear: SQL;
  to: SQL;
}): SQL {
  // The held meetings after the window are read by start time through
  // `support_meeting_closed_starts_idx` (migration 0025) for any teachers, the teachers left to
  // the final join: read teacher by teacher, a school's 50 teachers' 600 attendance rows were
  // each looked up to find none.
  return sql`
    with after_window as (
      select ${meetingAttendance.personId} as person_id, count(*) as attended,
        sum(greatest(0, coalesce(${supportMeeting.heldMinutes},
          round(extract(epoch from ${supportMeeting.endsAt} - ${supportMeeting.startsAt}) / 60))))
          as minutes
      from ${supportMeeting}
      join ${meetingAttendance}
        on ${meetingAttendance.districtId} = ${supportMeeting.districtId}
        and ${meetingAttendance.meetingId} = ${supportMeeting.id}
      where ${supportMeeting.startsAt} > ${params.to}
        and ${supportMeeting.startsAt} < ${params.nextYear}
        and ${supportMeeting.status} = 'closed'
        and ${meetingAttendance.attendance} = 'present'
      group by ${meetingAttendance.personId}
    )
    select year.person_id as "personId",
      (year.minutes - coalesce(after_window.minutes, 0))::int as minutes
    from ${teacherMeetingYear} year
    left join after_window on after_window.person_id = year.person_id
    where year.person_id in (${params.teachers})
      and year.year_start = ${params.yearStart}
      and year.attended > coalesce(after_window.attended, 0)`;
}

/**
 * Minutes of held (closed) meetings each teacher was present at in the dashboard window, one row
 * per teacher who attended one. Read from `teacher_meeting_year`, which the triggers of migration
 * 0022 keep as attendance and meetings are written, less the meetings of the school year that
 * started after the window's end (read by start time, through `support_meeting_closed_starts_idx`;
 * none unless clocks disagree or a meeting was held early): not a district's 280,000 attendance
 * rows per request. Meetings closed before held minutes were recorded count their planned length.
 */
export async function loadMeetingMinutes(
  tx: Transaction,
  params: {
    /** A subquery of the teachers' person ids (see `teachersInReach`). */
    teachers: SQL;
    /** The dashboard window, from the start of a school year (1 August, UTC) to `to`. */
    from: Date;
    to: Date;
  },
): Promise<DashboardFacts["meetingMinutes"]> {
  const { yearStart, nextYear } = schoolYearBounds(params.from);
  const rows = await loadJsonRows<{ personId: string; minutes: number }>(
    tx,
    meetingMinutesSql({
      teachers: params.teachers,
      yearStart: sql`${yearStart}::date`,
      nextYear: sql`${nextYear}::timestamptz`,
      to: sql`${params.to.toISOString()}::timestamptz`,
    }),
  );
  return rows.map((row) => ({ personId: row.personId, minutes: Number(row.minutes) }));
}
