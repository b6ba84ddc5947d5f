import type { Role } from "@throughline/domain/enums";
import type { PeopleSearchInput } from "@throughline/domain/people-admin";
import { peoplePageSize } from "@throughline/domain/people-admin";
import { and, asc, desc, eq, ilike, inArray, or, type SQL, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  person,
  personInvite,
  roleMembership,
  school,
  team,
  teamMember,
} from "../../schema/index.ts";
import { membershipsOfPerson, schoolOfTeam, teamOfMember } from "../sql/same-district-joins.ts";
import { usableInvite } from "./invite-rows.ts";
import { personAtSchools, personInScope, type SchoolScope } from "./people-admin-scope.ts";
import { personContactColumns } from "./person-columns.ts";
import { type PersonRoleRow, rolesOfPeople } from "./person-roles.ts";

/*
 * Reading people for the admin console: the searchable list and one person's page. Which
 * schools the viewer may see is decided by the caller and passed in as `scope`.
 */

export interface PersonTeamRow {
  id: string;
  name: string;
  schoolId: string;
  schoolName: string;
}

export interface PersonListRow {
  id: string;
  displayName: string;
  email: string;
  active: boolean;
  hasSignIn: boolean;
  roles: PersonRoleRow[];
  teams: PersonTeamRow[];
}

/** `%`, `_` and `\` typed into the search box are matched literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function searchConditions(scope: SchoolScope, input: PeopleSearchInput): SQL | undefined {
  const conditions: (SQL | undefined)[] = [personInScope(scope)];
  if (input.query !== "") {
    const pattern = likePattern(input.query);
    conditions.push(or(ilike(person.displayName, pattern), ilike(person.email, pattern)));
  }
  if (input.schoolId) conditions.push(personAtSchools([input.schoolId]));
  if (input.role) {
    conditions.push(sql`exists (
      select 1 from ${roleMembership}
      where ${and(membershipsOfPerson, eq(roleMembership.role, input.role))}
    )`);
  }
  if (!input.includeInactive) conditions.push(eq(person.active, true));
  return and(...conditions);
}

/** A person as the people list reads them; `userId` only tells whether they can sign in. */
const personListColumns = {
  id: person.id,
  displayName: person.displayName,
  email: person.email,
  active: person.active,
  userId: person.userId,
};

/** A person's list row: their own fields with the roles and teams loaded for the page. */
function toPersonListRow(
  row: Pick<PersonListRow, "id" | "displayName" | "email" | "active"> & { userId: string | null },
  roles: ReadonlyMap<string, PersonRoleRow[]>,
  teams: ReadonlyMap<string, PersonTeamRow[]>,
): PersonListRow {
  return {
    id: row.id,
    displayName: row.displayName,
    email: row.email,
    active: row.active,
    hasSignIn: row.userId !== null,
    roles: roles.get(row.id) ?? [],
    teams: teams.get(row.id) ?? [],
  };
}

/** One page (50) of matching people, active first then by name, with the number of matches. */
export async function searchPeople(
  tx: Transaction,
  params: { scope: SchoolScope; input: PeopleSearchInput },
): Promise<{ people: PersonListRow[]; total: number; page: number; pageSize: number }> {
  const where = searchConditions(params.scope, params.input);
  const [counted] = await tx
    .select({ total: sql<number>`count(*)::int` })
    .from(person)
    .where(where);
  const found = await tx
    .select(personListColumns)
    .from(person)
    .where(where)
    .orderBy(desc(person.active), asc(person.displayName), asc(person.id))
    .limit(peoplePageSize)
    .offset((params.input.page - 1) * peoplePageSize);

  const ids = found.map((row) => row.id);
  const [roles, teams] = await Promise.all([rolesOfPeople(tx, ids), teamsOf(tx, ids)]);
  return {
    people: found.map((row) => toPersonListRow(row, roles, teams)),
    total: counted?.total ?? 0,
    page: params.input.page,
    pageSize: peoplePageSize,
  };
}

async function teamsOf(
  tx: Transaction,
  personIds: readonly string[],
): Promise<Map<string, PersonTeamRow[]>> {
  const byPerson = new Map<string, PersonTeamRow[]>();
  if (personIds.length === 0) return byPerson;
  const rows = await tx
    .select({
      personId: teamMember.personId,
      id: team.id,
      name: team.name,
      schoolId: team.schoolId,
      schoolName: school.name,
    })
    .from(teamMember)
    .innerJoin(team, teamOfMember)
    .innerJoin(school, schoolOfTeam)
    .where(inArray(teamMember.personId, [...personIds]))
    .orderBy(asc(team.name));
  for (const { personId, ...row } of rows) {
    byPerson.set(personId, [...(byPerson.get(personId) ?? []), row]);
  }
  return byPerson;
}

export interface PersonDetail extends PersonListRow {
  /** The invite link that still works, if any (the link itself is shown only once). */
  openInvite: { expiresAt: Date } | null;
}

/** One person's page; null when the person is not in the district or outside the scope. */
export async function getPersonDetail(
  tx: Transaction,
  params: { personId: string; scope: SchoolScope; now: Date },
): Promise<PersonDetail | null> {
  const [found] = await tx
    .select(personListColumns)
    .from(person)
    .where(and(eq(person.id, params.personId), personInScope(params.scope)))
    .limit(1);
  if (!found) return null;
  const [roles, teams, invite] = await Promise.all([
    rolesOfPeople(tx, [found.id]),
    teamsOf(tx, [found.id]),
    openInviteOf(tx, { personId: found.id, now: params.now }),
  ]);
  return { ...toPersonListRow(found, roles, teams), openInvite: invite };
}

async function openInviteOf(
  tx: Transaction,
  params: { personId: string; now: Date },
): Promise<{ expiresAt: Date } | null> {
  const [found] = await tx
    .select({ expiresAt: personInvite.expiresAt })
    .from(personInvite)
    .where(and(eq(personInvite.personId, params.personId), ...usableInvite(params.now)))
    .orderBy(desc(personInvite.expiresAt))
    .limit(1);
  return found ?? null;
}

/** Whether the person exists in the district and is inside the scope. */
export async function personIsInScope(
  tx: Transaction,
  params: { personId: string; scope: SchoolScope },
): Promise<boolean> {
  const [found] = await tx
    .select({ id: person.id })
    .from(person)
    .where(and(eq(person.id, params.personId), personInScope(params.scope)))
    .limit(1);
  return Boolean(found);
}

/** Whether the person exists in the district at all (out of scope or not). */
export async function personExists(
  tx: Transaction,
  params: { personId: string },
): Promise<boolean> {
  const [found] = await tx
    .select({ id: person.id })
    .from(person)
    .where(eq(person.id, params.personId))
    .limit(1);
  return Boolean(found);
}

/** The roles a person holds now, for checking what a principal may change. */
export async function currentRolesOf(
  tx: Transaction,
  params: { personId: string },
): Promise<{ role: Role; schoolId: string | null }[]> {
  return tx
    .select({ role: roleMembership.role, schoolId: roleMembership.schoolId })
    .from(roleMembership)
    .where(eq(roleMembership.personId, params.personId));
}

/** Which of these ids are not people inside the scope. */
export async function peopleOutsideScope(
  tx: Transaction,
  params: { personIds: readonly string[]; scope: SchoolScope },
): Promise<string[]> {
  if (params.personIds.length === 0) return [];
  const found = await tx
    .select({ id: person.id })
    .from(person)
    .where(and(inArray(person.id, [...params.personIds]), personInScope(params.scope)));
  const inside = new Set(found.map((row) => row.id));
  return params.personIds.filter((id) => !inside.has(id));
}

/** Active people of one school (a role there or on one of its teams), for team forms. */
export async function listSchoolPeople(
  tx: Transaction,
  params: { schoolId: string },
): Promise<{ id: string; displayName: string; email: string }[]> {
  return tx
    .select(personContactColumns)
    .from(person)
    .where(and(eq(person.active, true), personAtSchools([params.schoolId])))
    .orderBy(asc(person.displayName));
}
