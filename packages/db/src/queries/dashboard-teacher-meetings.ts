import type { DashboardFacts } from "@throughline/domain/dashboard-metrics";
import { type SQL, sql } from "drizzle-orm";
import type { Transaction } from "../client.ts";
import { meetingAttendance, supportMeeting, teamMember } from "../schema/index.ts";
import { rowsOfResult } from "./result-rows.ts";

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
  // Raw SQL gets no column mapping: the window goes as ISO text, cast in SQL.
  const from = params.from.toISOString();
  const to = params.to.toISOString();
  const held = sql`${supportMeeting.status} = 'closed'
    and ${supportMeeting.startsAt} >= ${from}::timestamptz
    and ${supportMeeting.startsAt} <= ${to}::timestamptz`;
  const result: unknown = await tx.execute(sql`
    with due as (
      select ${teamMember.personId} as person_id, ${supportMeeting.id} as meeting_id
      from ${supportMeeting}
      join ${teamMember}
        on ${teamMember.districtId} = ${supportMeeting.districtId}
        and ${teamMember.teamId} = ${supportMeeting.teamId}
      where ${teamMember.personId} in (${params.teachers}) and ${held}
      union
      select ${meetingAttendance.personId}, ${meetingAttendance.meetingId}
      from ${meetingAttendance}
      join ${supportMeeting}
        on ${supportMeeting.districtId} = ${meetingAttendance.districtId}
        and ${supportMeeting.id} = ${meetingAttendance.meetingId}
      where ${meetingAttendance.personId} in (${params.teachers}) and ${held}
    ), present as (
      -- wasAttended (domain rules/meeting-attended): held, that is closed, and present.
      select ${meetingAttendance.personId} as person_id, count(*)::int as attended
      from ${meetingAttendance}
      join ${supportMeeting}
        on ${supportMeeting.districtId} = ${meetingAttendance.districtId}
        and ${supportMeeting.id} = ${meetingAttendance.meetingId}
      where ${meetingAttendance.personId} in (${params.teachers}) and ${held}
        and ${meetingAttendance.attendance} = 'present'
      group by ${meetingAttendance.personId}
    )
    select due.person_id::text as "personId", count(*)::int as held,
      coalesce(max(present.attended), 0)::int as attended
    from due left join present on present.person_id = due.person_id
    group by due.person_id`);
  return rowsOfResult<{ personId: string; held: number; attended: number }>(result).map((row) => ({
    personId: row.personId,
    held: Number(row.held),
    attended: Number(row.attended),
  }));
}
