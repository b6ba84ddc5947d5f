import { eq, ne, type SQL } from "drizzle-orm";
import { cohort, enrolment } from "../../schema/index.ts";

/** An enrolment that still counts: in any status but withdrawn. */
export const activeEnrolment = ne(enrolment.status, "withdrawn");

/**
 * The person's active enrolment in a cohort of the stage. Needs the enrolment joined to its
 * cohort (`cohortOfEnrolment`); spread into the query's `and(...)`.
 */
export function activeEnrolmentInStage(params: { personId: string; stageId: string }): SQL[] {
  return [
    eq(enrolment.personId, params.personId),
    eq(cohort.stageId, params.stageId),
    activeEnrolment,
  ];
}
