import type { GettingStartedFacts } from "@throughline/domain/getting-started";
import { and, eq, isNotNull, notInArray } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  cohort,
  collaborationBlock,
  district,
  person,
  roleMembership,
  school,
  ssoProvider,
} from "../../schema/index.ts";

/**
 * What the Getting started checklist is decided from, for the viewer's district. Tenant tables
 * are already limited to it by row security; `district` and `sso_provider` are global, so
 * their statements name the district.
 */
export async function loadGettingStartedFacts(
  tx: Transaction,
  districtId: string,
): Promise<GettingStartedFacts> {
  const admins = tx
    .select({ id: roleMembership.personId })
    .from(roleMembership)
    .where(eq(roleMembership.role, "district_admin"));
  const [
    [settings],
    schools,
    peopleBesidesAdmins,
    ssoProviders,
    cohortsWithWorkshop,
    collaborationBlocks,
  ] = await Promise.all([
    tx
      .select({
        frameworkReviewedAt: district.frameworkReviewedAt,
        calendarReviewedAt: district.calendarReviewedAt,
      })
      .from(district)
      .where(eq(district.id, districtId)),
    tx.$count(school),
    tx.$count(person, and(eq(person.active, true), notInArray(person.id, admins))),
    tx.$count(ssoProvider, eq(ssoProvider.organizationId, districtId)),
    tx.$count(cohort, isNotNull(cohort.workshopStartsAt)),
    tx.$count(collaborationBlock),
  ]);
  if (!settings) throw new Error("The district is missing.");
  return {
    ...settings,
    schools,
    peopleBesidesAdmins,
    ssoProviders,
    cohortsWithWorkshop,
    collaborationBlocks,
  };
}

/** A district admin says the framework is what the district will work through. */
export async function markFrameworkReviewed(
  tx: Transaction,
  districtId: string,
  now: Date,
): Promise<void> {
  await tx.update(district).set({ frameworkReviewedAt: now }).where(eq(district.id, districtId));
}
