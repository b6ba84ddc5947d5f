import type { ForeignIds } from "./foreign-ids.ts";

/** Self-assessment calls aimed at another district's stage, indicator, teacher and rows. */
export const selfAssessmentInputsToTry: Record<string, (foreign: ForeignIds) => unknown> = {
  "selfAssessment.stage": (foreign) => ({ stageId: foreign.stageId }),
  "selfAssessment.record": (foreign) => ({
    stageId: foreign.stageId,
    moment: "check_in",
    ratings: [{ indicatorId: foreign.indicatorId, levelRank: 1, note: "A note" }],
  }),
  "selfAssessment.share": (foreign) => ({
    selfAssessmentId: foreign.selfAssessmentId,
    shared: true,
  }),
  "selfAssessment.update": (foreign) => ({
    selfAssessmentId: foreign.selfAssessmentId,
    ratings: [{ indicatorId: foreign.indicatorId, levelRank: 1, note: "A corrected note" }],
  }),
  "selfAssessment.remove": (foreign) => ({ selfAssessmentId: foreign.selfAssessmentId }),
  "selfAssessment.forTeacher": (foreign) => ({ teacherId: foreign.personId }),
};
