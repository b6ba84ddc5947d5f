import type { DashboardFacts } from "@throughline/domain/dashboard-metrics";
import { type SQL, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { meetingAttendance, supportMeeting, teamMember } from "../../schema/index.ts";
import { loadJsonRows } from "./dashboard-json-rows.ts";

/** The rows of `loadTeacherMeetings` as a select; the window's bounds as SQL timestamptz. */
export function teacherMeetingsSql(params: { teachers: SQL; from: SQL; to: SQL }): SQL {
  const heldInWindow = sql`${supportMeeting.status} = 'closed'
    and ${supportMeeting.startsAt} >= ${params.from}
    and ${supportMeeting.startsAt} <= ${params.to}`;
  // Due = her teams' held meetings, plus held meetings of other teams where her attendance was
  // taken: each membership's meetings and each attendance row counted once, never (teacher ×
  // meeting) pairs to deduplicate (at 20,000 teachers that was 560,000 pairs hashed per request).
  // The held conditions are written into each part rather than shared as one CTE, so a school's
  // figure reads its teams' meetings by index instead of every held meeting of the district.
  return sql`
    with of_teams as (
      select ${teamMember.personId} as person_id, count(*)::int as meetings
      from ${teamMember}
      join ${supportMeeting}
        on ${supportMeeting.districtId} = ${teamMember.districtId}
        and ${supportMeeting.teamId} = ${teamMember.teamId}
      where ${teamMember.personId} in (${params.teachers}) and ${heldInWindow}
      group by ${teamMember.personId}
    ), of_attendance as (
      select ${meetingAttendance.personId} as person_id,
        count(*) filter (where not exists (
          select 1 from ${teamMember}
          where ${teamMember.districtId} = ${supportMeeting.districtId}
            and ${teamMember.teamId} = ${supportMeeting.teamId}
            and ${teamMember.personId} = ${meetingAttendance.personId}
        ))::int as other_meetings,
        -- wasAttended (domain rules/meeting-attended): held, that is closed, and present.
        count(*) filter (where ${meetingAttendance.attendance} = 'present')::int as attended
      from ${meetingAttendance}
      join ${supportMeeting}
        on ${supportMeeting.districtId} = ${meetingAttendance.districtId}
        and ${supportMeeting.id} = ${meetingAttendance.meetingId}
      where ${meetingAttendance.personId} in (${params.teachers}) and ${heldInWindow}
      group by ${meetingAttendance.personId}
    )
    select coalesce(of_teams.person_id, of_attendance.person_id) as "personId",
      (coalesce(of_teams.meetings, 0) + coalesce(of_attendance.other_meetings, 0))::int as held,
      coalesce(of_attendance.attended, 0)::int as attended
    from of_teams full join of_attendance on of_attendance.person_id = of_teams.person_id`;
}

/**
 * Per teacher, the closed meetings in the window she was due at (a meeting of a team she belongs
 * to, or one where her attendance was taken) and those she was marked present at, counted in
 * SQL so only one row per teacher reaches the server. Teachers with none are left out (the
 * figure then reads 0 of 0).
 */
export async function loadTeacherMeetings(
  tx: Transaction,
  /** `teachers` is a subquery of their person ids (see `teachersInReach`). */
  params: { teachers: SQL; from: Date; to: Date },
): Promise<DashboardFacts["teacherMeetings"]> {
  const rows = await loadJsonRows<{ personId: string; held: number; attended: number }>(
    tx,
    teacherMeetingsSql({
      teachers: params.teachers,
      from: sql`${params.from.toISOString()}::timestamptz`,
      to: sql`${params.to.toISOString()}::timestamptz`,
    }),
  );
  return rows.map((row) => ({
    personId: row.personId,
    held: Number(row.held),
    attended: Number(row.attended),
  }));
}
