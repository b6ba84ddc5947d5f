import { and, asc, eq, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { roleMembership, school, team } from "../../schema/index.ts";
import { inSchoolScope, type SchoolScope } from "./people-admin-scope.ts";

/* Schools of the district for the admin console. Schools are renamed, never deleted. */

export interface SchoolAdminRow {
  id: string;
  name: string;
  /** Set for schools that came from a roster import: the next import matches on it. */
  fromRoster: boolean;
  peopleCount: number;
  teamCount: number;
}

export async function listAdminSchools(
  tx: Transaction,
  params: { scope: SchoolScope },
): Promise<SchoolAdminRow[]> {
  const filter = inSchoolScope(school.id, params.scope);
  const rows = await tx
    .select({
      id: school.id,
      name: school.name,
      sourcedId: school.sourcedId,
      peopleCount: sql<number>`(
        select count(distinct ${roleMembership.personId})::int from ${roleMembership}
        where ${roleMembership.districtId} = ${school.districtId}
          and ${roleMembership.schoolId} = ${school.id}
      )`,
      teamCount: sql<number>`(
        select count(*)::int from ${team}
        where ${team.districtId} = ${school.districtId} and ${team.schoolId} = ${school.id}
      )`,
    })
    .from(school)
    .where(filter)
    .orderBy(asc(school.name));
  return rows.map(({ sourcedId, ...row }) => ({ ...row, fromRoster: sourcedId !== null }));
}

/** Names are compared without case, so "Oak Elementary" and "oak elementary" are one school. */
export async function schoolNameTaken(
  tx: Transaction,
  params: { name: string; exceptSchoolId: string | null },
): Promise<boolean> {
  const rows = await tx
    .select({ id: school.id })
    .from(school)
    .where(sql`lower(${school.name}) = lower(${params.name})`);
  return rows.some((row) => row.id !== params.exceptSchoolId);
}

export async function createSchool(
  tx: Transaction,
  params: { districtId: string; name: string },
): Promise<string> {
  const [created] = await tx
    .insert(school)
    .values({ districtId: params.districtId, name: params.name })
    .returning({ id: school.id });
  if (!created) throw new Error("The school was not created.");
  return created.id;
}

/** False when the school is not in the district. */
export async function renameSchool(
  tx: Transaction,
  params: { schoolId: string; name: string },
): Promise<boolean> {
  const updated = await tx
    .update(school)
    .set({ name: params.name })
    .where(and(eq(school.id, params.schoolId)))
    .returning({ id: school.id });
  return updated.length > 0;
}
