import { type AnyColumn, eq, type SQL, sql } from "drizzle-orm";
import { micropdSession, sessionRelease } from "../../schema/index.ts";
import { sameDistrict } from "../sql/same-district-joins.ts";

/**
 * From a MicroPD session to its release date in one cohort: `cohortId` is the cohort's id
 * column in the query, or an id. Null joins no release at all (self-paced cohorts, previews).
 */
export function releaseInCohort(cohortId: AnyColumn | string | null): SQL | undefined {
  return sameDistrict(
    sessionRelease,
    micropdSession,
    eq(sessionRelease.sessionId, micropdSession.id),
    cohortId === null ? sql`false` : eq(sessionRelease.cohortId, cohortId),
  );
}
