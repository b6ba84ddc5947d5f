import type {
  Caseload,
  CaseloadRow,
  TeamCaseload,
  TeamMeeting,
} from "@throughline/domain/caseload";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { meetingAttendance, supportMeeting, team } from "../../schema/index.ts";
import { anyId } from "../sql/any-id.ts";
import { teamOfMeeting } from "../sql/same-district-joins.ts";
import { loadCaseloadOfTeams } from "./caseload-facts.ts";
import { caseloadOf } from "./caseload-rows.ts";
import { teamVisibleTo } from "./coached-teams.ts";

/** The coach's whole caseload: every teacher of every team they see, one row each. */
export async function getCaseload(
  tx: Transaction,
  params: { personId: string; now?: Date },
): Promise<Caseload> {
  const now = params.now ?? new Date();
  const facts = await loadCaseloadOfTeams(tx, {
    where: teamVisibleTo(params.personId),
    byName: true,
    now,
  });
  const { teams, rows } = caseloadOf(facts, now);
  return {
    teams: teams.map(({ id, name, schoolName }) => ({ id, name, schoolName })),
    rows,
  };
}

/**
 * The rows, with the same flags a coach sees, of every member of the given teams: what the
 * principal's and district's overview rolls up as "needs attention".
 */
export async function caseloadRowsOfTeams(
  tx: Transaction,
  params: { teamIds: string[]; now?: Date },
): Promise<CaseloadRow[]> {
  if (params.teamIds.length === 0) return [];
  const now = params.now ?? new Date();
  const facts = await loadCaseloadOfTeams(tx, {
    where: anyId(team.id, params.teamIds),
    byName: false,
    now,
  });
  return caseloadOf(facts, now).rows;
}

/** Whether the team exists (in the viewer's district) and whether this person may view it. */
export async function teamCaseloadAccess(
  tx: Transaction,
  params: { teamId: string; personId: string },
): Promise<{ canView: boolean } | null> {
  const [found] = await tx
    .select({ id: team.id, canView: sql<boolean>`${teamVisibleTo(params.personId)}` })
    .from(team)
    .where(eq(team.id, params.teamId));
  return found ? { canView: Boolean(found.canView) } : null;
}

/**
 * One team: its members' rows, its past meetings with attendance counts of current members,
 * and the attendance rate: present / (members × meetings held). Null when the team is not found.
 */
export async function getTeamCaseload(
  tx: Transaction,
  params: { teamId: string; now?: Date },
): Promise<TeamCaseload | null> {
  const now = params.now ?? new Date();
  const facts = await loadCaseloadOfTeams(tx, {
    where: eq(team.id, params.teamId),
    byName: false,
    now,
  });
  const { teams, rows: members } = caseloadOf(facts, now);
  const [found] = teams;
  if (!found) return null;

  const memberIds = members.map((member) => member.personId);
  const countOf = (kind: "present" | "absent" | "excused") =>
    memberIds.length === 0
      ? sql<number>`0`.mapWith(Number)
      : sql<number>`(
          select count(*) from ${meetingAttendance}
          where ${meetingAttendance.districtId} = ${supportMeeting.districtId}
            and ${meetingAttendance.meetingId} = ${supportMeeting.id}
            and ${meetingAttendance.attendance} = ${kind}
            and ${anyId(meetingAttendance.personId, memberIds)}
        )`.mapWith(Number);
  const meetings: TeamMeeting[] = await tx
    .select({
      id: supportMeeting.id,
      startsAt: supportMeeting.startsAt,
      title: supportMeeting.title,
      status: supportMeeting.status,
      present: countOf("present"),
      absent: countOf("absent"),
      excused: countOf("excused"),
    })
    .from(supportMeeting)
    // The join is also what makes drizzle qualify the outer columns in the count subqueries.
    .innerJoin(team, teamOfMeeting)
    .where(
      and(
        eq(supportMeeting.teamId, params.teamId),
        sql`${supportMeeting.startsAt} <= ${now.toISOString()}::timestamptz`,
      ),
    )
    .orderBy(desc(supportMeeting.startsAt));

  const held = meetings.filter((meeting) => meeting.status !== "cancelled");
  const present = held.reduce((sum, meeting) => sum + meeting.present, 0);
  const possible = members.length * held.length;
  return {
    team: found,
    members,
    meetings,
    meetingsHeld: held.length,
    attendanceRate: possible > 0 ? present / possible : null,
  };
}
