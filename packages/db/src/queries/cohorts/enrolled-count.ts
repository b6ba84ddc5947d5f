import { sql } from "drizzle-orm";
import { cohort, enrolment } from "../../schema/index.ts";

/** How many teachers the cohort (the `cohort` row of the outer query) enrols: all not withdrawn. */
export const enrolledCount = sql<number>`(
  select count(*)::int from ${enrolment}
  where ${enrolment.districtId} = ${cohort.districtId}
    and ${enrolment.cohortId} = ${cohort.id}
    and ${enrolment.status} <> 'withdrawn'
)`.mapWith(Number);
