import type { TeamKind } from "@throughline/domain/enums";
import { asc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Transaction } from "../../client.ts";
import { person, school, team, teamMember } from "../../schema/index.ts";
import { personOfTeamMember, schoolOfTeam, tenantJoin } from "../sql/same-district-joins.ts";
import { inSchoolScope, type SchoolScope } from "./people-admin-scope.ts";

/* Teams of the admin's schools: list, create and change (members are replaced in one go). */

export interface TeamAdminRow {
  id: string;
  name: string;
  kind: TeamKind;
  school: { id: string; name: string };
  facilitator: { id: string; displayName: string } | null;
  members: { id: string; displayName: string; active: boolean }[];
}

const facilitator = alias(person, "facilitator");

export async function listAdminTeams(
  tx: Transaction,
  params: { scope: SchoolScope },
): Promise<TeamAdminRow[]> {
  const filter = inSchoolScope(team.schoolId, params.scope);
  const teams = await tx
    .select({
      id: team.id,
      name: team.name,
      kind: team.kind,
      schoolId: school.id,
      schoolName: school.name,
      facilitatorId: facilitator.id,
      facilitatorName: facilitator.displayName,
    })
    .from(team)
    .innerJoin(school, schoolOfTeam)
    .leftJoin(facilitator, tenantJoin(facilitator, team, team.facilitatorId))
    .where(filter)
    .orderBy(asc(school.name), asc(team.name));
  const ids = teams.map((row) => row.id);
  const members =
    ids.length === 0
      ? []
      : await tx
          .select({
            teamId: teamMember.teamId,
            id: person.id,
            displayName: person.displayName,
            active: person.active,
          })
          .from(teamMember)
          .innerJoin(person, personOfTeamMember)
          .where(inArray(teamMember.teamId, ids))
          .orderBy(asc(person.displayName));
  return teams.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    school: { id: row.schoolId, name: row.schoolName },
    facilitator:
      row.facilitatorId && row.facilitatorName
        ? { id: row.facilitatorId, displayName: row.facilitatorName }
        : null,
    members: members
      .filter((member) => member.teamId === row.id)
      .map(({ teamId: _teamId, ...member }) => member),
  }));
}

/** The team's school, or null when the team is not in the district. */
export async function findAdminTeamSchool(
  tx: Transaction,
  params: { teamId: string },
): Promise<string | null> {
  const [found] = await tx
    .select({ schoolId: team.schoolId })
    .from(team)
    .where(eq(team.id, params.teamId))
    .limit(1);
  return found?.schoolId ?? null;
}

/** Which of these ids are not people of the district. */
export async function unknownPeople(
  tx: Transaction,
  params: { personIds: readonly string[] },
): Promise<string[]> {
  if (params.personIds.length === 0) return [];
  const found = await tx
    .select({ id: person.id })
    .from(person)
    .where(inArray(person.id, [...params.personIds]));
  const known = new Set(found.map((row) => row.id));
  return params.personIds.filter((id) => !known.has(id));
}

export interface TeamFields {
  schoolId: string;
  name: string;
  kind: TeamKind;
  facilitatorId: string | null;
  memberIds: readonly string[];
}

async function replaceMembers(
  tx: Transaction,
  params: { districtId: string; teamId: string; memberIds: readonly string[] },
): Promise<void> {
  await tx.delete(teamMember).where(eq(teamMember.teamId, params.teamId));
  if (params.memberIds.length === 0) return;
  await tx.insert(teamMember).values(
    params.memberIds.map((personId) => ({
      districtId: params.districtId,
      teamId: params.teamId,
      personId,
    })),
  );
}

export async function createTeam(
  tx: Transaction,
  params: { districtId: string; input: TeamFields },
): Promise<string> {
  const { memberIds, ...fields } = params.input;
  const [created] = await tx
    .insert(team)
    .values({ districtId: params.districtId, ...fields })
    .returning({ id: team.id });
  if (!created) throw new Error("The team was not created.");
  await replaceMembers(tx, { districtId: params.districtId, teamId: created.id, memberIds });
  return created.id;
}

export async function updateTeam(
  tx: Transaction,
  params: { districtId: string; teamId: string; input: TeamFields },
): Promise<void> {
  const { memberIds, ...fields } = params.input;
  await tx.update(team).set(fields).where(eq(team.id, params.teamId));
  await replaceMembers(tx, { districtId: params.districtId, teamId: params.teamId, memberIds });
}
