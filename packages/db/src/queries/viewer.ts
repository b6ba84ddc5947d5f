import type { Viewer } from "@throughline/domain/home";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Transaction } from "../client.ts";
import { district, person, roleMembership, school, team } from "../schema/index.ts";

/** The viewer, plus whether they facilitate a team (teacher leaders use the coach app). */
export type ViewerDetails = Viewer & { facilitatesTeam: boolean };

/** The signed-in person with their district and roles; null when inactive or not found. */
export async function getViewer(
  tx: Transaction,
  params: { personId: string },
): Promise<ViewerDetails | null> {
  const [found] = await tx
    .select({
      id: person.id,
      displayName: person.displayName,
      email: person.email,
      districtId: district.id,
      districtName: district.name,
      districtTimeZone: district.timeZone,
      facilitatesTeam: sql<boolean>`exists (
        select 1 from ${team}
        where ${team.districtId} = ${person.districtId} and ${team.facilitatorId} = ${person.id}
      )`,
    })
    .from(person)
    .innerJoin(district, eq(district.id, person.districtId))
    .where(and(eq(person.id, params.personId), eq(person.active, true)))
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
    person: { id: found.id, displayName: found.displayName, email: found.email },
    district: { id: found.districtId, name: found.districtName, timeZone: found.districtTimeZone },
    roles,
    facilitatesTeam: Boolean(found.facilitatesTeam),
  };
}
