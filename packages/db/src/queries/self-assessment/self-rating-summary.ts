import type { SelfAssessmentMoment } from "@throughline/domain/enums";
import {
  type FirstAndLatest,
  firstAndLatestRatings,
} from "@throughline/domain/rules/self-assessment";
import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { selfAssessment, selfAssessmentRating } from "../../schema/index.ts";
import { visibleSelfAssessments } from "../observations/observation-visibility.ts";
import { anyId } from "../sql/any-id.ts";
import { assessmentOfSelfRating, tenantChildJoin } from "../sql/same-district-joins.ts";

/*
 * Self-ratings across a teacher's self-assessments: the first and latest per indicator (pre →
 * post, for team profiles and impact reports) and every rating as recommendation evidence.
 */

interface TeacherFirstAndLatest extends FirstAndLatest {
  teacherId: string;
}

interface RatingRow {
  teacherId: string;
  assessmentId: string;
  assessedOn: string;
  moment: SelfAssessmentMoment;
  indicatorId: string;
  levelRank: number;
}

/** Rows in the order they were made: by day, then by when they were recorded. */
function groupByTeacher(rows: readonly RatingRow[]): TeacherFirstAndLatest[] {
  const byTeacher = new Map<string, Map<string, RatingRow[]>>();
  for (const row of rows) {
    const assessments = byTeacher.get(row.teacherId) ?? new Map<string, RatingRow[]>();
    assessments.set(row.assessmentId, [...(assessments.get(row.assessmentId) ?? []), row]);
    byTeacher.set(row.teacherId, assessments);
  }
  return [...byTeacher].flatMap(([teacherId, assessments]) =>
    firstAndLatestRatings(
      [...assessments.values()].flatMap((ratings) => {
        const [head] = ratings;
        return head ? [{ assessedOn: head.assessedOn, moment: head.moment, ratings }] : [];
      }),
    ).map((change) => ({ teacherId, ...change })),
  );
}

/**
 * For a set of teachers, each teacher's first and latest self-rating per indicator (optionally
 * of one stage).
 * - With `viewerId`, only self-assessments that viewer may read in full count (the coaching
 *   rule: the teacher, their supporting coaches, and leaders for what the teacher shared).
 * - With `viewerId: null`, every self-assessment counts: only for figures over groups (counts
 *   per level, change per indicator) that the caller withholds for groups under 3 and never
 *   returns per teacher, so no evaluator learns one teacher's rating.
 */
export async function firstAndLatestSelfRatings(
  tx: Transaction,
  params: { teacherIds: readonly string[]; viewerId: string | null; stageId?: string },
): Promise<TeacherFirstAndLatest[]> {
  if (params.teacherIds.length === 0) return [];
  const readable = (assessmentId: SQL | typeof selfAssessment.id) => {
    if (params.viewerId === null) return undefined;
    const visible = visibleSelfAssessments(tx, params.viewerId);
    return sql`${assessmentId} in (select ${visible.id} from ${visible} where ${visible.access} = 'content')`;
  };
  const rows = await tx
    .select({
      teacherId: selfAssessment.teacherId,
      assessmentId: selfAssessment.id,
      assessedOn: selfAssessment.assessedOn,
      moment: selfAssessment.moment,
      indicatorId: selfAssessmentRating.indicatorId,
      levelRank: selfAssessmentRating.levelRank,
    })
    .from(selfAssessmentRating)
    .innerJoin(selfAssessment, assessmentOfSelfRating)
    .where(
      and(
        anyId(selfAssessment.teacherId, params.teacherIds),
        params.stageId === undefined ? undefined : eq(selfAssessment.stageId, params.stageId),
        readable(selfAssessment.id),
      ),
    )
    .orderBy(asc(selfAssessment.assessedOn), asc(selfAssessment.createdAt));
  return groupByTeacher(rows);
}

/**
 * The teacher's self-ratings as recommendation evidence: per indicator and day, the rating they
 * made last (rating again the same day corrects the earlier one, unlike two observers who
 * disagree). Read for the teacher or a coach who supports them, both of whom the coaching rule
 * lets read it in full.
 */
export async function loadSelfRatingEvidence(tx: Transaction, params: { teacherId: string }) {
  const rows = await tx
    .select({
      indicatorId: selfAssessmentRating.indicatorId,
      rank: selfAssessmentRating.levelRank,
      on: selfAssessment.assessedOn,
    })
    .from(selfAssessmentRating)
    .innerJoin(selfAssessment, assessmentOfSelfRating)
    .where(eq(selfAssessment.teacherId, params.teacherId))
    .orderBy(asc(selfAssessment.assessedOn), asc(selfAssessment.createdAt));
  const lastOfDay = new Map<string, (typeof rows)[number]>();
  for (const row of rows) lastOfDay.set(`${row.indicatorId} ${row.on}`, row);
  return [...lastOfDay.values()].map((row) => ({ ...row, selfRated: true }));
}

/**
 * The teacher's self-ratings over time for the growth chart, every one, oldest first (a start
 * and an end on one day both show): only from self-assessments the viewer may read in full (the
 * coaching rule: the teacher, a coach who supports them, a leader for what the teacher shared).
 */
export async function loadSelfRatingHistory(
  tx: Transaction,
  params: { teacherId: string; viewerId: string },
) {
  const visible = visibleSelfAssessments(tx, params.viewerId);
  return tx
    .select({
      indicatorId: selfAssessmentRating.indicatorId,
      rank: selfAssessmentRating.levelRank,
      on: visible.assessedOn,
      moment: visible.moment,
    })
    .from(visible)
    .innerJoin(
      selfAssessmentRating,
      tenantChildJoin(selfAssessmentRating, selfAssessmentRating.selfAssessmentId, visible),
    )
    .where(and(eq(visible.teacherId, params.teacherId), eq(visible.access, "content")))
    .orderBy(asc(visible.assessedOn), asc(visible.createdAt));
}
