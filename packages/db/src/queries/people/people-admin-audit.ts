import type { AuditFields } from "@throughline/domain/audit";
import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Transaction } from "../../client.ts";
import { person, school, team, teamMember } from "../../schema/index.ts";
import { personOfTeamMember, schoolOfTeam, tenantJoin } from "../sql/same-district-joins.ts";

/*
 * A team as the audit log compares it before and after a change: its school, facilitator and
 * members by name (sorted, so the same members always compare equal), not by id.
 */

const facilitator = alias(person, "facilitator");

export interface TeamSnapshot {
  fields: AuditFields;
  schoolId: string;
}

/** Null when there is no such team in the district. */
export async function teamSnapshot(
  tx: Transaction,
  params: { teamId: string },
): Promise<TeamSnapshot | null> {
  const [found] = await tx
    .select({
      name: team.name,
      kind: team.kind,
      schoolId: team.schoolId,
      school: school.name,
      facilitator: facilitator.displayName,
    })
    .from(team)
    .innerJoin(school, schoolOfTeam)
    .leftJoin(facilitator, tenantJoin(facilitator, team, team.facilitatorId))
    .where(eq(team.id, params.teamId))
    .limit(1);
  if (!found) return null;
  const members = await tx
    .select({ name: person.displayName })
    .from(teamMember)
    .innerJoin(person, personOfTeamMember)
    .where(eq(teamMember.teamId, params.teamId))
    .orderBy(asc(person.displayName));
  return {
    schoolId: found.schoolId,
    fields: {
      name: found.name,
      kind: found.kind,
      school: found.school,
      facilitator: found.facilitator ?? null,
      members: members.map((member) => member.name).sort(),
    },
  };
}
