import type { Role } from "@throughline/domain/enums";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { person, roleMembership, school } from "../../schema/index.ts";
import { groupByField } from "../shared/group-rows.ts";
import { anyId } from "../sql/any-id.ts";
import { membershipsOfPerson, schoolOfMembership } from "../sql/same-district-joins.ts";

/** A role a person holds, with the school it is held at (none: district-wide). */
export interface PersonRoleRow {
  role: Role;
  schoolId: string | null;
  schoolName: string | null;
}

/**
 * The roles of these people, each with its school's name, by role then school name: what the
 * viewer, the people pages and the audit log's person snapshot all show. In one statement.
 */
export async function rolesOfPeople(
  tx: Transaction,
  personIds: readonly string[],
): Promise<Map<string, PersonRoleRow[]>> {
  if (personIds.length === 0) return new Map();
  const rows = await tx
    .select({
      personId: roleMembership.personId,
      role: roleMembership.role,
      schoolId: roleMembership.schoolId,
      schoolName: school.name,
    })
    .from(roleMembership)
    .leftJoin(school, schoolOfMembership)
    .where(anyId(roleMembership.personId, personIds))
    .orderBy(asc(roleMembership.role), asc(school.name));
  return groupByField(rows, "personId");
}

/** One person's roles, as `rolesOfPeople` reads them. */
export async function rolesOfPerson(tx: Transaction, personId: string): Promise<PersonRoleRow[]> {
  return (await rolesOfPeople(tx, [personId])).get(personId) ?? [];
}

/** Whether the person is active and holds one of these roles, at any school or district-wide. */
export async function holdsActiveRole(
  tx: Transaction,
  params: { personId: string; roles: readonly Role[] },
): Promise<boolean> {
  const [found] = await tx
    .select({ id: person.id })
    .from(person)
    .innerJoin(roleMembership, membershipsOfPerson)
    .where(
      and(
        eq(person.id, params.personId),
        eq(person.active, true),
        inArray(roleMembership.role, [...params.roles]),
      ),
    )
    .limit(1);
  return found !== undefined;
}
