import { and, eq, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { enrolment, micropdProgress, sessionRelease } from "../../schema/index.ts";
import { completedProgressOf } from "../micropd/progress-of.ts";
import { anyId } from "../sql/any-id.ts";
import { sameDistrict } from "../sql/same-district-joins.ts";
import { activeEnrolment } from "./active-enrolment.ts";

/** What the MicroPD pace rules need of one enrolment beyond its stage progress. */
export interface EnrolmentPace {
  enrolmentId: string;
  personId: string;
  enrolledAt: Date;
  /** Dated cohorts: sessions released by `now` that the teacher has not completed. */
  releasedNotCompleted: number;
}

/**
 * The pace facts of every current (not withdrawn) enrolment of the given people, by enrolment
 * id: the same rows the stage progress reads, in one statement, for the MicroPD nudge: each
 * enrolment's released sessions are joined to the teacher's completed progress and counted,
 * reading only those teachers' rows through their indexes. (The caseload reads the same pace
 * beside its kept progress summary, in its one statement, `caseload/caseload-facts.ts`.)
 */
export async function loadEnrolmentPace(
  tx: Transaction,
  params: { personIds: readonly string[]; now: Date },
): Promise<Map<string, EnrolmentPace>> {
  if (params.personIds.length === 0) return new Map();
  const rows = await tx
    .select({
      enrolmentId: enrolment.id,
      personId: enrolment.personId,
      enrolledAt: enrolment.enrolledAt,
      releasedNotCompleted: sql<number>`count(${sessionRelease.sessionId}) filter (
        where ${micropdProgress.sessionId} is null
      )`.mapWith(Number),
    })
    .from(enrolment)
    .leftJoin(
      sessionRelease,
      sameDistrict(
        sessionRelease,
        enrolment,
        eq(sessionRelease.cohortId, enrolment.cohortId),
        sql`${sessionRelease.releasesAt} <= ${params.now.toISOString()}::timestamptz`,
      ),
    )
    .leftJoin(
      micropdProgress,
      sameDistrict(
        micropdProgress,
        sessionRelease,
        completedProgressOf({ personId: enrolment.personId, sessionId: sessionRelease.sessionId }),
      ),
    )
    .where(and(anyId(enrolment.personId, params.personIds), activeEnrolment))
    // The key is (district, id): grouping by it lets the other enrolment columns be selected.
    .groupBy(enrolment.districtId, enrolment.id);
  return new Map(rows.map((row) => [row.enrolmentId, row]));
}
