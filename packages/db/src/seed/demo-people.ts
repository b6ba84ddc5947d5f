import { and, asc, eq } from "drizzle-orm";
import type { Transaction } from "../client.ts";
import { person, roleMembership, school } from "../schema/index.ts";

/*
 * Lookups the micro-credential demo (seeded by the server on top of the districts) finds its
 * people with.
 */

/** A person of the district by email, or null. */
export async function findPersonByEmail(
  tx: Transaction,
  email: string,
): Promise<{ id: string; displayName: string } | null> {
  const [found] = await tx
    .select({ id: person.id, displayName: person.displayName })
    .from(person)
    .where(eq(person.email, email));
  return found ?? null;
}

/** The active teachers of the school with this name, by name. */
export async function activeTeachersOfSchool(
  tx: Transaction,
  schoolName: string,
): Promise<{ id: string; displayName: string; email: string }[]> {
  return tx
    .selectDistinct({ id: person.id, displayName: person.displayName, email: person.email })
    .from(roleMembership)
    .innerJoin(
      school,
      and(eq(school.districtId, roleMembership.districtId), eq(school.id, roleMembership.schoolId)),
    )
    .innerJoin(
      person,
      and(eq(person.districtId, roleMembership.districtId), eq(person.id, roleMembership.personId)),
    )
    .where(
      and(eq(school.name, schoolName), eq(roleMembership.role, "teacher"), eq(person.active, true)),
    )
    .orderBy(asc(person.displayName));
}
