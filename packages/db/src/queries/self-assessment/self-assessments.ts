import { pickFields } from "@throughline/domain/pick-fields";
import type { SelfAssessmentView } from "@throughline/domain/self-assessment";
import { and, asc, desc, eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  indicator,
  micropdSession,
  person,
  selfAssessmentRating,
  sessionIndicator,
  stage,
} from "../../schema/index.ts";
import { stageNameColumns } from "../framework/framework-columns.ts";
import { compareIndicatorCodes } from "../observations/indicator-growth.ts";
import { visibleSelfAssessments } from "../observations/observation-visibility.ts";
import { anyId } from "../sql/any-id.ts";
import { tenantJoin } from "../sql/same-district-joins.ts";

/*
 * Reading self-assessments. Every read goes through `visibleSelfAssessments`, the coaching rule
 * in SQL: ratings and notes are joined only for rows the viewer may read in full.
 */

/** The stage, or null when it is not in the viewer's district. */
export async function findStageRef(tx: Transaction, params: { stageId: string }) {
  const [row] = await tx.select(stageNameColumns).from(stage).where(eq(stage.id, params.stageId));
  return row ?? null;
}

/** The indicators a stage's MicroPD sessions address: what a teacher rates for the stage. */
export async function loadStageIndicators(tx: Transaction, params: { stageId: string }) {
  const rows = await tx
    .selectDistinct({
      id: indicator.id,
      code: indicator.code,
      title: indicator.title,
      description: indicator.description,
    })
    .from(sessionIndicator)
    .innerJoin(
      micropdSession,
      tenantJoin(micropdSession, sessionIndicator, sessionIndicator.sessionId),
    )
    .innerJoin(indicator, tenantJoin(indicator, sessionIndicator, sessionIndicator.indicatorId))
    .where(eq(micropdSession.stageId, params.stageId));
  return rows.sort((a, b) => compareIndicatorCodes(a.code, b.code));
}

type VisibleSelfAssessments = ReturnType<typeof visibleSelfAssessments>;

/** A self-assessment as lists show it, with its stage (joined) and what the viewer may read. */
function assessmentFields(visible: VisibleSelfAssessments) {
  return {
    ...pickFields(visible, [
      "id",
      "teacherId",
      "moment",
      "assessedOn",
      "sharedWithLeadersAt",
      "access",
    ]),
    stage: stageNameColumns,
  };
}

/**
 * A teacher's self-assessments the viewer may know of (of one stage, or all), oldest first, with
 * their ratings where the viewer may read them.
 */
export async function listVisibleSelfAssessments(
  tx: Transaction,
  params: { viewerId: string; teacherId: string; stageId?: string },
): Promise<SelfAssessmentView[]> {
  const visible = visibleSelfAssessments(tx, params.viewerId);
  const rows = await tx
    .select({
      ...assessmentFields(visible),
    })
    .from(visible)
    .innerJoin(stage, tenantJoin(stage, visible, visible.stageId))
    .where(
      and(
        eq(visible.teacherId, params.teacherId),
        params.stageId === undefined ? undefined : eq(visible.stageId, params.stageId),
      ),
    )
    .orderBy(asc(visible.assessedOn), asc(visible.createdAt));

  return withRatings(tx, rows);
}

/** Rows as the visibility layer graded them: "none" never comes back from it. */
type GradedRow = Omit<SelfAssessmentView, "access" | "ratings"> & { access: string };

/** Adds each row's ratings, in framework order, where the viewer may read them ("content"). */
async function withRatings<T extends GradedRow>(
  tx: Transaction,
  rows: readonly T[],
): Promise<(Omit<T, "access"> & Pick<SelfAssessmentView, "access" | "ratings">)[]> {
  const readable = rows.filter((row) => row.access === "content").map((row) => row.id);
  const ratings =
    readable.length === 0
      ? []
      : await tx
          .select({
            selfAssessmentId: selfAssessmentRating.selfAssessmentId,
            indicatorId: indicator.id,
            code: indicator.code,
            title: indicator.title,
            levelRank: selfAssessmentRating.levelRank,
            note: selfAssessmentRating.note,
          })
          .from(selfAssessmentRating)
          .innerJoin(
            indicator,
            tenantJoin(indicator, selfAssessmentRating, selfAssessmentRating.indicatorId),
          )
          .where(anyId(selfAssessmentRating.selfAssessmentId, readable));
  ratings.sort((a, b) => compareIndicatorCodes(a.code, b.code));
  return rows.map((row) => ({
    ...row,
    access: row.access === "content" ? ("content" as const) : ("facts" as const),
    ratings: ratings
      .filter((rating) => rating.selfAssessmentId === row.id)
      .map(({ selfAssessmentId: _, ...rating }) => rating),
  }));
}

/**
 * The self-assessments teachers shared with this leader (their principal, a district admin),
 * newest first, with the teacher's name: the only self-assessments a leader reads in full.
 */
export async function listSelfAssessmentsSharedWithLeader(
  tx: Transaction,
  params: { viewerId: string },
) {
  const visible = visibleSelfAssessments(tx, params.viewerId);
  const rows = await tx
    .select({
      ...assessmentFields(visible),
      teacherName: person.displayName,
    })
    .from(visible)
    .innerJoin(stage, tenantJoin(stage, visible, visible.stageId))
    .innerJoin(person, tenantJoin(person, visible, visible.teacherId))
    .where(and(eq(visible.relation, "leader"), eq(visible.access, "content")))
    .orderBy(desc(visible.assessedOn), desc(visible.createdAt))
    .limit(100);
  return withRatings(tx, rows);
}
