import { eq, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { roleMembership, supportMeeting, team, teamMember } from "../../schema/index.ts";
import { teamVisibleTo } from "../caseload/coached-teams.ts";

/*
 * Who may do what with a team's meetings, in one place (scheduling, the room, the summary):
 * - facilitator: facilitates the team (a coach or a teacher leader): runs its meetings;
 * - coach: holds the coach role and sees the team (coached-teams): runs them too;
 * - member: on the team: reads the agenda beforehand and the summary afterwards;
 * - principal: a principal of the team's school or a district admin: sees that meetings
 *   happened and who attended, never the notes (coaching is not evaluation).
 * The first that applies wins, in that order.
 */
export type TeamRelation = "facilitator" | "coach" | "member" | "principal";

/** How the person relates to the team; null when they have nothing to do with it. */
export async function teamRelation(
  tx: Transaction,
  params: { personId: string; teamId: string },
): Promise<TeamRelation | null> {
  // Drizzle writes a select field's columns unqualified, which inside these subqueries would
  // bind to the inner table: the outer team's columns are named in full.
  const outer = {
    districtId: sql.raw('"team"."district_id"'),
    id: sql.raw('"team"."id"'),
    schoolId: sql.raw('"team"."school_id"'),
  };
  const [row] = await tx
    .select({
      facilitates: sql<boolean>`${team.facilitatorId} = ${params.personId}`,
      coaches: sql<boolean>`(exists (
          select 1 from ${roleMembership}
          where "role_membership"."district_id" = ${outer.districtId}
            and "role_membership"."person_id" = ${params.personId}
            and "role_membership"."role" = 'coach'
        ) and ${teamVisibleTo(params.personId)})`,
      member: sql<boolean>`exists (
          select 1 from ${teamMember}
          where "team_member"."district_id" = ${outer.districtId}
            and "team_member"."team_id" = ${outer.id}
            and "team_member"."person_id" = ${params.personId}
        )`,
      leads: sql<boolean>`exists (
          select 1 from ${roleMembership}
          where "role_membership"."district_id" = ${outer.districtId}
            and "role_membership"."person_id" = ${params.personId}
            and (
              "role_membership"."role" = 'district_admin'
              or ("role_membership"."role" = 'principal'
                and ("role_membership"."school_id" is null or "role_membership"."school_id" = ${outer.schoolId}))
            )
        )`,
    })
    .from(team)
    .where(eq(team.id, params.teamId))
    .limit(1);
  if (!row) return null;
  if (row.facilitates) return "facilitator";
  if (row.coaches) return "coach";
  if (row.member) return "member";
  if (row.leads) return "principal";
  return null;
}

/** Facilitators and coaches run meetings; members and principals do not. */
export function mayRun(relation: TeamRelation | null): boolean {
  return relation === "facilitator" || relation === "coach";
}

/** A meeting's team and state, with how the person relates to that team; null if not found. */
export async function meetingRelation(
  tx: Transaction,
  params: { personId: string; meetingId: string },
) {
  const [meeting] = await tx
    .select({
      id: supportMeeting.id,
      teamId: supportMeeting.teamId,
      status: supportMeeting.status,
      startsAt: supportMeeting.startsAt,
      seriesId: supportMeeting.seriesId,
    })
    .from(supportMeeting)
    .where(eq(supportMeeting.id, params.meetingId))
    .limit(1);
  if (!meeting) return null;
  const relation = await teamRelation(tx, { personId: params.personId, teamId: meeting.teamId });
  return { meeting, relation };
}
