import type { Viewer } from "@throughline/domain/home";
import { and, asc, eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { district, enrolment, person, team } from "../../schema/index.ts";
import { holdsPartnerGrant } from "../partnerships/partner-standing.ts";
import { rolesOfPerson } from "./person-roles.ts";

/**
 * The viewer, plus the teams they facilitate (teacher leaders use the coach app): the facts
 * the access rules (`@throughline/domain/rules/access-scope`) are computed from.
 */
export type ViewerDetails = Viewer & {
  facilitatesTeam: boolean;
  ledTeamIds: string[];
  /** Enrolled in a cohort (a principal in a leadership cohort): the teacher app is theirs too. */
  learner: boolean;
  /** Reviews here for a partner district (`partner_reviewer_grant` in force). */
  partnerReviewer: boolean;
};

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
    })
    .from(person)
    .innerJoin(district, eq(district.id, person.districtId))
    .where(and(eq(person.id, params.personId), eq(person.active, true)))
    .limit(1);
  if (!found) return null;

  const roles = await rolesOfPerson(tx, params.personId);

  const led = await tx
    .select({ id: team.id })
    .from(team)
    .where(and(eq(team.districtId, found.districtId), eq(team.facilitatorId, params.personId)))
    .orderBy(asc(team.id));

  const enrolled = await tx
    .select({ id: enrolment.id })
    .from(enrolment)
    .where(
      and(
        eq(enrolment.districtId, found.districtId),
        eq(enrolment.personId, params.personId),
        eq(enrolment.status, "active"),
      ),
    )
    .limit(1);

  return {
    person: { id: found.id, displayName: found.displayName, email: found.email },
    district: { id: found.districtId, name: found.districtName, timeZone: found.districtTimeZone },
    roles,
    facilitatesTeam: led.length > 0,
    ledTeamIds: led.map((row) => row.id),
    learner: enrolled.length > 0,
    partnerReviewer: await holdsPartnerGrant(tx, { personId: params.personId, now: new Date() }),
  };
}
