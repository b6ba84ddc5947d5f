import type { DashboardFacts } from "@throughline/domain/dashboard-metrics";
import { wasAttended } from "@throughline/domain/rules/meeting-attended";
import { and, eq, gte, lte } from "drizzle-orm";
import type { Transaction } from "../client.ts";
import { meetingAttendance, supportMeeting, teamMember } from "../schema/index.ts";
import { anyId } from "./any-id.ts";

/**
 * Per teacher, the closed meetings in the window she was due at (a meeting of a team she belongs
 * to, or one where her attendance was taken) and those she was marked present at. Teachers with
 * none are left out (the figure then reads 0 of 0).
 */
export async function loadTeacherMeetings(
  tx: Transaction,
  params: { personIds: string[]; from: Date; to: Date },
): Promise<DashboardFacts["teacherMeetings"]> {
  const held = and(
    eq(supportMeeting.status, "closed"),
    gte(supportMeeting.startsAt, params.from),
    lte(supportMeeting.startsAt, params.to),
  );
  const [ofTeams, marked] = await Promise.all([
    tx
      .select({ personId: teamMember.personId, meetingId: supportMeeting.id })
      .from(supportMeeting)
      .innerJoin(
        teamMember,
        and(
          eq(teamMember.districtId, supportMeeting.districtId),
          eq(teamMember.teamId, supportMeeting.teamId),
        ),
      )
      .where(and(anyId(teamMember.personId, params.personIds), held)),
    tx
      .select({
        personId: meetingAttendance.personId,
        meetingId: meetingAttendance.meetingId,
        attendance: meetingAttendance.attendance,
        status: supportMeeting.status,
      })
      .from(meetingAttendance)
      .innerJoin(
        supportMeeting,
        and(
          eq(supportMeeting.districtId, meetingAttendance.districtId),
          eq(supportMeeting.id, meetingAttendance.meetingId),
        ),
      )
      .where(and(anyId(meetingAttendance.personId, params.personIds), held)),
  ]);
  const due = new Map<string, Set<string>>();
  const present = new Map<string, number>();
  for (const row of [...ofTeams, ...marked]) {
    const meetings = due.get(row.personId) ?? new Set<string>();
    meetings.add(row.meetingId);
    due.set(row.personId, meetings);
  }
  for (const row of marked) {
    if (wasAttended(row)) present.set(row.personId, (present.get(row.personId) ?? 0) + 1);
  }
  return [...due.entries()].map(([personId, meetings]) => ({
    personId,
    held: meetings.size,
    attended: present.get(personId) ?? 0,
  }));
}
