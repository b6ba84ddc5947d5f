import type { CurrentPerson, CurrentRoster } from "@throughline/domain/oneroster/planner";
import { isNotNull } from "drizzle-orm";
import type { Transaction } from "../client.ts";
import { person, roleMembership, school } from "../schema/index.ts";

/**
 * What a roster import compares against: every school of the district (a school without a
 * sourcedId may be linked by name), and the people who came from a roster, with their roles.
 * Row security keeps it to the request's district.
 */
export async function loadCurrentRoster(tx: Transaction): Promise<CurrentRoster> {
  const [schools, people, roles] = await Promise.all([
    tx.select({ id: school.id, sourcedId: school.sourcedId, name: school.name }).from(school),
    tx
      .select({
        id: person.id,
        sourcedId: person.sourcedId,
        displayName: person.displayName,
        email: person.email,
        active: person.active,
      })
      .from(person)
      .where(isNotNull(person.sourcedId)),
    tx
      .select({
        id: roleMembership.id,
        personId: roleMembership.personId,
        role: roleMembership.role,
        schoolId: roleMembership.schoolId,
      })
      .from(roleMembership),
  ]);
  const rolesOf = new Map<string, CurrentPerson["roles"][number][]>();
  for (const { personId, ...held } of roles) {
    const list = rolesOf.get(personId) ?? [];
    list.push(held);
    rolesOf.set(personId, list);
  }
  return {
    schools,
    people: people.flatMap(({ sourcedId, ...rest }) =>
      sourcedId ? [{ ...rest, sourcedId, roles: rolesOf.get(rest.id) ?? [] }] : [],
    ),
  };
}
