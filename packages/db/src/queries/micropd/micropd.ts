import type { ReleaseMode } from "@throughline/domain/enums";
import { type ContentBlock, contentBlockSchema } from "@throughline/domain/framework";
import type { NextSessionOutcome } from "@throughline/domain/micropd";
import type { NextSession } from "@throughline/domain/rules/next-micropd-session";
import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  cohort,
  contentBlock,
  enrolment,
  micropdProgress,
  micropdSession,
  sessionIndicator,
  sessionRelease,
  stage,
} from "../../schema/index.ts";
import { activeEnrolmentInStage } from "../enrolments/active-enrolment.ts";
import { sessionColumns } from "../framework/framework-columns.ts";
import { linkedIndicators } from "../framework/framework-indicators.ts";
import { cohortOfEnrolment, sameDistrict, stageOfSession } from "../sql/same-district-joins.ts";
import { progressKey, progressOf, progressRow, type ReflectionWrite } from "./progress-of.ts";
import { releaseInCohort } from "./release-in-cohort.ts";

/** The teacher's cohort in a stage: where their pace and release dates come from. */
export interface StageEnrolment {
  enrolmentId: string;
  cohortId: string;
  cohortName: string;
  schoolYear: string;
  releaseMode: ReleaseMode;
  workshopAttended: boolean;
  confirmedAt: Date | null;
}

/** A session of the stage with the teacher's completion and, in dated cohorts, its release. */
export interface SequenceSession {
  id: string;
  position: number;
  title: string;
  summary: string;
  estimatedMinutes: number;
  /** Null in self-paced cohorts: every session is released, and order alone gates them. */
  releasedAt: Date | null;
  completedAt: Date | null;
}

/**
 * The teacher's current enrolment in a stage (not withdrawn; the latest if they joined more
 * than one cohort of it), or null when the stage is not theirs.
 */
export async function findStageEnrolment(
  tx: Transaction,
  params: { personId: string; stageId: string },
): Promise<StageEnrolment | null> {
  const [found] = await tx
    .select({
      enrolmentId: enrolment.id,
      cohortId: cohort.id,
      cohortName: cohort.name,
      schoolYear: cohort.schoolYear,
      releaseMode: cohort.releaseMode,
      workshopAttended: enrolment.workshopAttended,
      confirmedAt: enrolment.confirmedAt,
    })
    .from(enrolment)
    .innerJoin(cohort, cohortOfEnrolment)
    .where(and(...activeEnrolmentInStage(params)))
    .orderBy(desc(enrolment.enrolledAt))
    .limit(1);
  return found ?? null;
}

/**
 * Every session of a stage in order, with this teacher's completion and (for a dated cohort)
 * the cohort's release date. Without a cohort, nothing is released or completed: a preview.
 */
export async function loadSequence(
  tx: Transaction,
  params: { personId: string; stageId: string; cohort: StageEnrolment | null },
): Promise<SequenceSession[]> {
  const dated = params.cohort?.releaseMode === "dated" ? params.cohort.cohortId : null;
  const rows = await tx
    .select({
      ...sessionColumns,
      releasedAt: sessionRelease.releasesAt,
      completedAt: micropdProgress.completedAt,
    })
    .from(micropdSession)
    .leftJoin(
      micropdProgress,
      sameDistrict(
        micropdProgress,
        micropdSession,
        progressOf({ personId: params.personId, sessionId: micropdSession.id }),
      ),
    )
    .leftJoin(
      sessionRelease,
      // Self-paced cohorts and previews join no release dates at all.
      releaseInCohort(dated),
    )
    .where(eq(micropdSession.stageId, params.stageId))
    .orderBy(asc(micropdSession.position));
  return rows;
}

/** The sequence rule's answer as the API shows it: a link to the session, and when it opens. */
export function toOutcome(next: NextSession<SequenceSession>): NextSessionOutcome {
  if (next.kind === "finished") return { kind: "finished" };
  const { id, position, title, estimatedMinutes } = next.session;
  const session = { id, position, title, estimatedMinutes };
  return next.kind === "scheduled"
    ? { kind: "scheduled", session, opensAt: next.opensAt }
    : { kind: "available", session };
}

export interface SessionRecord {
  id: string;
  stageId: string;
  stagePosition: number;
  stageTitle: string;
  position: number;
  title: string;
  summary: string;
  estimatedMinutes: number;
  reflectionPrompts: string[];
  /** Asked after the lesson is taught: the session completes without them. */
  afterLessonPrompts: string[];
  /** In the elective catalogue: open to every teacher of the district, enrolled or not. */
  elective: boolean;
}

/** One session of the district with its stage; null when there is no such session. */
export async function findSession(
  tx: Transaction,
  params: { sessionId: string },
): Promise<SessionRecord | null> {
  const [found] = await tx
    .select({
      id: micropdSession.id,
      stageId: micropdSession.stageId,
      stagePosition: stage.position,
      stageTitle: stage.title,
      position: micropdSession.position,
      title: micropdSession.title,
      summary: micropdSession.summary,
      estimatedMinutes: micropdSession.estimatedMinutes,
      reflectionPrompts: micropdSession.reflectionPrompts,
      afterLessonPrompts: micropdSession.afterLessonPrompts,
      elective: micropdSession.elective,
    })
    .from(micropdSession)
    .innerJoin(stage, stageOfSession)
    .where(eq(micropdSession.id, params.sessionId))
    .limit(1);
  return found ?? null;
}

/**
 * The session's blocks in order, each checked against the domain's block schema (the body is
 * JSON, so the database cannot promise its shape), and the indicators it addresses.
 */
export async function loadSessionContent(
  tx: Transaction,
  params: { sessionId: string },
): Promise<{ blocks: ContentBlock[]; indicators: { id: string; code: string; title: string }[] }> {
  const [blockRows, indicators] = await Promise.all([
    tx
      .select({ kind: contentBlock.kind, body: contentBlock.body })
      .from(contentBlock)
      .where(eq(contentBlock.sessionId, params.sessionId))
      .orderBy(asc(contentBlock.position)),
    linkedIndicators(tx, sessionIndicator, sessionIndicator.sessionId, params.sessionId),
  ]);
  const blocks = blockRows.map((row) => contentBlockSchema.parse({ ...row.body, kind: row.kind }));
  return { blocks, indicators };
}

export interface SessionProgress {
  currentBlock: number;
  completedAt: Date | null;
  reflection: string | null;
  creditedMinutes: number | null;
  afterLessonCompletedAt: Date | null;
}

/** The teacher's own place in a session; a session never opened reads as the first block. */
export async function getSessionProgress(
  tx: Transaction,
  params: { personId: string; sessionId: string },
): Promise<SessionProgress> {
  const [found] = await tx
    .select({
      currentBlock: micropdProgress.currentBlock,
      completedAt: micropdProgress.completedAt,
      reflection: micropdProgress.reflection,
      creditedMinutes: micropdProgress.creditedMinutes,
      afterLessonCompletedAt: micropdProgress.afterLessonCompletedAt,
    })
    .from(micropdProgress)
    .where(progressOf(params))
    .limit(1);
  return (
    found ?? {
      currentBlock: 0,
      completedAt: null,
      reflection: null,
      creditedMinutes: null,
      afterLessonCompletedAt: null,
    }
  );
}

/** Remembers which block the teacher is on, so leaving and coming back resumes there. */
export async function saveSessionPlace(
  tx: Transaction,
  params: { districtId: string; personId: string; sessionId: string; currentBlock: number },
): Promise<void> {
  await tx
    .insert(micropdProgress)
    .values({
      ...progressRow(params),
      currentBlock: params.currentBlock,
    })
    .onConflictDoUpdate({
      target: progressKey,
      set: { currentBlock: params.currentBlock },
    });
}

/**
 * Marks a session complete with the teacher's reflection, in one statement so two clicks at
 * once still leave one row. Completing again only replaces the reflection: the first completion
 * date and the credited minutes stay, so PD time is never counted twice.
 */
export async function completeSession(
  tx: Transaction,
  params: ReflectionWrite & {
    /** The session's estimated minutes: what the PD-hours transcript credits. */
    creditedMinutes: number;
    /** Where the player leaves the teacher: the reflection step after the last block. */
    currentBlock: number;
  },
): Promise<{ completedAt: Date; reflection: string; creditedMinutes: number }> {
  const wasOpen = sql`${micropdProgress.completedAt} is null`;
  const [row] = await tx
    .insert(micropdProgress)
    .values({
      ...progressRow(params),
      currentBlock: params.currentBlock,
      completedAt: params.now,
      reflection: params.reflection,
      creditedMinutes: params.creditedMinutes,
    })
    .onConflictDoUpdate({
      target: progressKey,
      set: {
        reflection: sql`excluded.reflection`,
        currentBlock: sql`excluded.current_block`,
        completedAt: sql`case when ${wasOpen} then excluded.completed_at else ${micropdProgress.completedAt} end`,
        creditedMinutes: sql`case when ${wasOpen} then excluded.credited_minutes else ${micropdProgress.creditedMinutes} end`,
      },
    })
    .returning({
      completedAt: micropdProgress.completedAt,
      reflection: micropdProgress.reflection,
      creditedMinutes: micropdProgress.creditedMinutes,
    });
  if (!row?.completedAt || row.reflection === null) {
    throw new Error("Completing a MicroPD session did not record the completion.");
  }
  // Sessions completed before minutes were credited (older data) count their estimate.
  return {
    completedAt: row.completedAt,
    reflection: row.reflection,
    creditedMinutes: row.creditedMinutes ?? params.creditedMinutes,
  };
}

/** How many blocks a session has; a teacher's place runs from 0 to this (the reflection step). */
export async function countSessionBlocks(
  tx: Transaction,
  params: { sessionId: string },
): Promise<number> {
  const [row] = await tx
    .select({ blocks: count() })
    .from(contentBlock)
    .where(eq(contentBlock.sessionId, params.sessionId));
  return row?.blocks ?? 0;
}
