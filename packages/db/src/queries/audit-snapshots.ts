import type { AuditFields } from "@throughline/domain/audit";
import { and, asc, eq } from "drizzle-orm";
import type { Transaction } from "../client.ts";
import { person, roleMembership, school } from "../schema/index.ts";

/*
 * A record's fields as the audit log compares them before and after a change: plain values
 * people can read (a school's name, not its id), never anything secret.
 */

export interface PersonSnapshot {
  fields: AuditFields;
  /** The schools the person holds roles at, so the entry can belong to one. */
  schoolIds: string[];
}

export async function personSnapshot(
  tx: Transaction,
  params: { personId: string },
): Promise<PersonSnapshot | null> {
  const [found] = await tx
    .select({ displayName: person.displayName, email: person.email, active: person.active })
    .from(person)
    .where(eq(person.id, params.personId))
    .limit(1);
  if (!found) return null;
  const roles = await tx
    .select({
      role: roleMembership.role,
      schoolId: roleMembership.schoolId,
      schoolName: school.name,
    })
    .from(roleMembership)
    .leftJoin(
      school,
      and(eq(school.districtId, roleMembership.districtId), eq(school.id, roleMembership.schoolId)),
    )
    .where(eq(roleMembership.personId, params.personId))
    .orderBy(asc(roleMembership.role), asc(school.name));
  return {
    fields: {
      displayName: found.displayName,
      email: found.email,
      active: found.active,
      // Sorted as text, so the same roles always compare equal.
      roles: roles
        .map((entry) => (entry.schoolName ? `${entry.role} at ${entry.schoolName}` : entry.role))
        .sort(),
    },
    schoolIds: [...new Set(roles.flatMap((entry) => (entry.schoolId ? [entry.schoolId] : [])))],
  };
}
