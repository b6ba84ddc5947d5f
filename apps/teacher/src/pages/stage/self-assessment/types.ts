import type { RouterOutputs } from "@throughline/api/types";

export type StageSelfAssessmentView = RouterOutputs["selfAssessment"]["stage"];
export type SelfAssessmentRecord = StageSelfAssessmentView["assessments"][number];
export type SelfAssessmentMoment = SelfAssessmentRecord["moment"];

export const momentWords: Record<SelfAssessmentMoment, string> = {
  start: "Start of the stage",
  end: "End of the stage",
  check_in: "Check-in",
};
