/** Ids of Maple Valley rows, which a Cedar Ridge caller must never reach. */
export type ForeignIds = {
  holidayId: string;
  stageId: string;
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
  indicatorId: string;
  credentialId: string;
};
