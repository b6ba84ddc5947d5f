import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { QueryBuilder } from "drizzle-orm/pg-core";
import type { Transaction } from "../../client.ts";
import {
  cohort,
  enrolment,
  enrolmentProgressSummary,
  micropdProgress,
  micropdSession,
  sessionRelease,
  stage,
} from "../../schema/index.ts";
import {
  CURRENT_STATUSES,
  type EnrolmentProgress,
  enrolmentStageColumns,
  toProgress,
} from "../enrolments/stage-progress.ts";
import { programPositionOf } from "../framework/program-order.ts";
import { releaseInCohort } from "../micropd/release-in-cohort.ts";
import {
  cohortOfEnrolment,
  sameDistrict,
  stageOfCohort,
  summaryOfEnrolment,
} from "../sql/same-district-joins.ts";
import { prebuiltSelect } from "./prebuilt-select.ts";

/** The first session of a stage, in order, that the teacher has not completed, with its release. */
interface FirstUncompletedSession {
  id: string;
  position: number;
  title: string;
  summary: string;
  estimatedMinutes: number;
  /** The cohort's release date for it (null when it has none, as in self-paced cohorts). */
  releasesAt: Date | null;
}

/** One current enrolment as the teacher's home shows it. */
export interface TeacherHomeEnrolment extends EnrolmentProgress {
  workshop: {
    startsAt: Date | null;
    location: string | null;
    videoUrl: string | null;
    description: string | null;
    minutes: number;
  };
  /** Null when every session of the stage is completed. */
  firstUncompleted: FirstUncompletedSession | null;
}

/**
 * Every current (not withdrawn) enrolment of one teacher, in stage order, with all the home
 * shows of it, in one statement: the cohort's workshop, the stage's session count, the counts
 * that change as she works read by key from `enrolment_progress_summary` (kept by the triggers
 * of migration 0022, so nothing is counted per request), and the first session of the stage she
 * has not completed, the only one the home shows (each session looked up in her progress by its
 * key, in stage order, until one is missing). Prepared, so PostgreSQL plans it once per
 * connection. Before, the home counted sessions, meetings and action steps per enrolment and
 * read every session of the stage and the workshops in three more statements.
 */
export async function loadTeacherHomeEnrolments(
  tx: Transaction,
  params: { personId: string },
): Promise<TeacherHomeEnrolment[]> {
  const rows = await teacherHomeEnrolments(tx, { personId: params.personId });
  return rows.map((row) => ({
    ...toProgress(row),
    workshop: {
      startsAt: row.workshopStartsAt,
      location: row.workshopLocation,
      videoUrl: row.workshopVideoUrl,
      description: row.workshopDescription,
      minutes: row.workshopMinutes,
    },
    firstUncompleted:
      row.nextId === null
        ? null
        : {
            id: row.nextId,
            position: row.nextPosition,
            title: row.nextTitle,
            summary: row.nextSummary,
            estimatedMinutes: row.nextMinutes,
            releasesAt: row.nextReleasesAt,
          },
  }));
}

/** Built with drizzle's own builder, as any select here, but once per process (the text is fixed). */
const qb = new QueryBuilder({ casing: "snake_case" });

const teacherHomeEnrolments = prebuiltSelect("teacher_home_enrolments", () => {
  const sessionsTotal = sql<number>`(
    select count(*) from ${micropdSession}
    where ${micropdSession.districtId} = ${cohort.districtId}
      and ${micropdSession.stageId} = ${cohort.stageId}
  )`.mapWith(Number);
  // Left joined, so an enrolment whose summary were missing still shows (with nothing counted)
  // rather than dropping out of the teacher's home; the triggers write one for every enrolment.
  const summary = qb
    .select({
      sessionsCompleted: enrolmentProgressSummary.sessionsCompleted,
      meetingsAttended: enrolmentProgressSummary.meetingsAttended,
      hasCompletedActionStep: enrolmentProgressSummary.hasCompletedActionStep,
    })
    .from(enrolmentProgressSummary)
    .where(summaryOfEnrolment)
    .limit(1)
    .as("summary");
  const next = qb
    .select({
      id: sql<string>`${micropdSession.id}`.as("next_id"),
      position: sql<number>`${micropdSession.position}`.as("next_position"),
      title: sql<string>`${micropdSession.title}`.as("next_title"),
      summary: sql<string>`${micropdSession.summary}`.as("next_summary"),
      estimatedMinutes: sql<number>`${micropdSession.estimatedMinutes}`.as("next_minutes"),
      releasesAt: sql<Date | null>`${sessionRelease.releasesAt}`.as("next_releases_at"),
    })
    .from(micropdSession)
    .leftJoin(sessionRelease, releaseInCohort(cohort.id))
    .where(
      sameDistrict(
        micropdSession,
        cohort,
        eq(micropdSession.stageId, cohort.stageId),
        sql`not exists (
          select 1 from ${micropdProgress}
          where ${micropdProgress.districtId} = ${micropdSession.districtId}
            and ${micropdProgress.personId} = ${enrolment.personId}
            and ${micropdProgress.sessionId} = ${micropdSession.id}
            and ${micropdProgress.completedAt} is not null
        )`,
      ),
    )
    .orderBy(asc(micropdSession.position))
    .limit(1)
    .as("next");
  const selection = {
    ...enrolmentStageColumns,
    sessionsTotal,
    sessionsCompleted: sql<number>`coalesce(${summary.sessionsCompleted}, 0)`.mapWith(Number),
    meetingsAttended: sql<number>`coalesce(${summary.meetingsAttended}, 0)`.mapWith(Number),
    hasCompletedActionStep: sql<boolean>`coalesce(${summary.hasCompletedActionStep}, false)`,
    workshopStartsAt: cohort.workshopStartsAt,
    workshopLocation: cohort.workshopLocation,
    workshopVideoUrl: cohort.workshopVideoUrl,
    workshopDescription: cohort.workshopDescription,
    workshopMinutes: cohort.workshopMinutes,
    // Null together when the stage is finished (the lateral found no session).
    nextId: sql<string | null>`${next.id}`,
    nextPosition: sql<number>`${next.position}`,
    nextTitle: sql<string>`${next.title}`,
    nextSummary: sql<string>`${next.summary}`,
    nextMinutes: sql<number>`${next.estimatedMinutes}`,
    nextReleasesAt: sql<Date | null>`${next.releasesAt}`.mapWith(sessionRelease.releasesAt),
  };
  const query = qb
    .select(selection)
    .from(enrolment)
    .innerJoin(cohort, cohortOfEnrolment)
    .innerJoin(stage, stageOfCohort)
    .leftJoinLateral(summary, sql`true`)
    .leftJoinLateral(next, sql`true`)
    .where(
      and(
        eq(enrolment.personId, sql.placeholder("personId")),
        inArray(enrolment.status, CURRENT_STATUSES),
      ),
    )
    .orderBy(asc(programPositionOf), asc(stage.position), asc(cohort.name));
  return { query, selection };
});
