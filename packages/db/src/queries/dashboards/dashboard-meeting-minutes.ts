import type { DashboardFacts } from "@throughline/domain/dashboard-metrics";
import { schoolYearStartMonth } from "@throughline/domain/rules/school-year";
import { type SQL, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { meetingAttendance, supportMeeting, teacherMeetingYear } from "../../schema/index.ts";
import { rowsOfResult } from "../sql/result-rows.ts";

/**
 * Minutes of held (closed) meetings each teacher was present at in the dashboard window, one row
 * per teacher who attended one. Read from `teacher_meeting_year`, which the triggers of migration
 * 0022 keep as attendance and meetings are written, less the meetings of the school year that
 * started after the window's end (read by start time, through `support_meeting_starts_idx`;
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
    /**
     * Whether the teachers are a whole district: then the meetings after the window are read
     * by start time (the default, right for any teachers); a school's or team's teachers'
     * attendance is read teacher by teacher.
     */
    wholeDistrict?: boolean;
  },
): Promise<DashboardFacts["meetingMinutes"]> {
  const yearStart = params.from;
  if (yearStart.getTime() !== Date.UTC(yearStart.getUTCFullYear(), schoolYearStartMonth - 1, 1)) {
    throw new Error("The meetings window starts at a school year's start (1 August, UTC).");
  }
  // Raw SQL gets no column mapping: times go as ISO text, cast in SQL.
  const nextYear = new Date(
    Date.UTC(yearStart.getUTCFullYear() + 1, schoolYearStartMonth - 1, 1),
  ).toISOString();
  const to = params.to.toISOString();
  const result: unknown = await tx.execute(sql`
    with after_window as (
      select ${meetingAttendance.personId} as person_id, count(*) as attended,
        sum(greatest(0, coalesce(${supportMeeting.heldMinutes},
          round(extract(epoch from ${supportMeeting.endsAt} - ${supportMeeting.startsAt}) / 60))))
          as minutes
      from ${supportMeeting}
      join ${meetingAttendance}
        on ${meetingAttendance.districtId} = ${supportMeeting.districtId}
        and ${meetingAttendance.meetingId} = ${supportMeeting.id}
      where ${params.wholeDistrict !== false ? sql`true` : sql`${meetingAttendance.personId} in (${params.teachers})`}
        and ${supportMeeting.startsAt} > ${to}::timestamptz
        and ${supportMeeting.startsAt} < ${nextYear}::timestamptz
        and ${supportMeeting.status} = 'closed'
        and ${meetingAttendance.attendance} = 'present'
      group by ${meetingAttendance.personId}
    )
    select year.person_id::text as "personId",
      (year.minutes - coalesce(after_window.minutes, 0))::int as minutes
    from ${teacherMeetingYear} year
    left join after_window on after_window.person_id = year.person_id
    where year.person_id in (${params.teachers})
      and year.year_start = ${yearStart.toISOString().slice(0, 10)}::date
      and year.attended > coalesce(after_window.attended, 0)`);
  return rowsOfResult<{ personId: string; minutes: number }>(result).map((row) => ({
    personId: row.personId,
    minutes: Number(row.minutes),
  }));
}
