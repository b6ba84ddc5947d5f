/** Ids of Maple Valley rows, which a Cedar Ridge caller must never reach. */
export type ForeignIds = {
  /** The district itself (a sign-in in several districts opens one by its id). */
  districtId: string;
  holidayId: string;
  stageId: string;
  programId: string;
  cohortId: string;
  personId: string;
  enrolmentId: string;
  sessionId: string;
  planId: string;
  stepId: string;
  teamId: string;
  schoolId: string;
  meetingId: string;
  protocolStepId: string;
  observationId: string;
  /** A self-assessment of the sample teacher's; empty where the district has none of theirs. */
  selfAssessmentId: string;
  indicatorId: string;
  credentialId: string;
  /** A goal of the sample team and one of its checkpoints. */
  goalId: string;
  checkpointId: string;
  /** A catalogue event of the district, and a registration for it (the seed has one of each). */
  catalogueEventId: string;
  eventRegistrationId: string;
};
