import type { Transaction } from "@throughline/db/client";
import { loadEnrolmentProgress } from "@throughline/db/queries/enrolments/stage-progress";
import { loadObservationScale } from "@throughline/db/queries/observations/observations";
import {
  findStageRef,
  listVisibleSelfAssessments,
  loadStageIndicators,
} from "@throughline/db/queries/self-assessment/self-assessments";
import {
  firstAndLatestRatings,
  momentsOpen,
  selfAssessmentInvitation,
} from "@throughline/domain/rules/self-assessment";
import type { StageSelfAssessment } from "@throughline/domain/self-assessment";

/**
 * The teacher's self-assessment of one stage: the stage's indicators and the district's scale to
 * rate them on, what they rated so far, the moment the stage page asks for now (by the stage
 * status), and pre → post per indicator. Null when the stage is not in the district.
 */
export async function stageSelfAssessment(
  tx: Transaction,
  params: { teacherId: string; stageId: string },
): Promise<StageSelfAssessment | null> {
  const stage = await findStageRef(tx, params);
  if (!stage) return null;
  const [levels, indicators, assessments, progress] = await Promise.all([
    loadObservationScale(tx),
    loadStageIndicators(tx, params),
    listVisibleSelfAssessments(tx, { viewerId: params.teacherId, ...params }),
    loadEnrolmentProgress(tx, { personIds: [params.teacherId], now: new Date() }),
  ]);
  const enrolled = progress.find((row) => row.stage.id === stage.id);
  const invitation = selfAssessmentInvitation({
    status: enrolled?.status ?? null,
    moments: assessments.map((assessment) => assessment.moment),
  });
  const order = new Map(indicators.map((item, index) => [item.id, index]));
  const titled = new Map(
    assessments.flatMap((assessment) => assessment.ratings).map((r) => [r.indicatorId, r]),
  );
  const change = firstAndLatestRatings(assessments)
    .flatMap((item) => {
      const rated = titled.get(item.indicatorId);
      return rated ? [{ ...item, code: rated.code, title: rated.title }] : [];
    })
    .sort((a, b) => (order.get(a.indicatorId) ?? 99) - (order.get(b.indicatorId) ?? 99));
  const open = momentsOpen(assessments.map((assessment) => assessment.moment));
  return { stage, levels, indicators, assessments, momentsOpen: open, invitation, change };
}
