import type { DashboardFacts } from "@throughline/domain/dashboard-metrics";
import { sql } from "drizzle-orm";
import type { Transaction } from "../client.ts";
import { meetingAttendance, supportMeeting, teamMember } from "../schema/index.ts";
import { anyId } from "./any-id.ts";

/**
 * Per teacher, the closed meetings in the window she was due at (a meeting of a team she belongs
 * to, or one where her attendance was taken) and those she was marked present at, counted in
 * SQL so only one row per teacher reaches the server. Teachers with none are left out (the
 * figure then reads 0 of 0).
 */
export async function loadTeacherMeetings(
  tx: Transaction,
  params: { personIds: string[]; from: Date; to: Date },
): Promise<DashboardFacts["teacherMeetings"]> {
  if (params.personIds.length === 0) return [];
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
      where ${anyId(teamMember.personId, params.personIds)} and ${held}
      union
      select ${meetingAttendance.personId}, ${meetingAttendance.meetingId}
      from ${meetingAttendance}
      join ${supportMeeting}
        on ${supportMeeting.districtId} = ${meetingAttendance.districtId}
        and ${supportMeeting.id} = ${meetingAttendance.meetingId}
      where ${anyId(meetingAttendance.personId, params.personIds)} and ${held}
    ), present as (
      -- wasAttended (domain rules/meeting-attended): held, that is closed, and present.
      select ${meetingAttendance.personId} as person_id, count(*)::int as attended
      from ${meetingAttendance}
      join ${supportMeeting}
        on ${supportMeeting.districtId} = ${meetingAttendance.districtId}
        and ${supportMeeting.id} = ${meetingAttendance.meetingId}
      where ${anyId(meetingAttendance.personId, params.personIds)} and ${held}
        and ${meetingAttendance.attendance} = 'present'
      group by ${meetingAttendance.personId}
    )
    select due.person_id::text as "personId", count(*)::int as held,
      coalesce(max(present.attended), 0)::int as attended
    from due left join present on present.person_id = due.person_id
    group by due.person_id`);
  // PGlite answers { rows }, postgres.js an array of rows.
  const rows: unknown = Array.isArray(result)
    ? result
    : result && typeof result === "object" && "rows" in result
      ? result.rows
      : [];
  return (rows as { personId: string; held: number; attended: number }[]).map((row) => ({
    personId: row.personId,
    held: Number(row.held),
    attended: Number(row.attended),
  }));
}
