import { and, eq } from "drizzle-orm";
import {
  actionPlan,
  actionStep,
  credentialSubmission,
  credentialVersion,
  evidenceFile,
  micropdProgress,
  micropdSession,
  person,
  stage,
} from "../schema/index.ts";

/*
 * Join conditions many queries share. Each matches the district as well as the id, so a join
 * stays inside one district and uses the tables' (district_id, id) keys.
 */

/** From an evidence file to the action step it was added to. */
export const stepOfEvidenceFile = and(
  eq(actionStep.districtId, evidenceFile.districtId),
  eq(actionStep.id, evidenceFile.stepId),
);

/** From an action step to its plan. */
export const planOfStep = and(
  eq(actionPlan.districtId, actionStep.districtId),
  eq(actionPlan.id, actionStep.planId),
);

/** From a submission to the credential version it is judged against. */
export const versionOfSubmission = and(
  eq(credentialVersion.districtId, credentialSubmission.districtId),
  eq(credentialVersion.id, credentialSubmission.versionId),
);

/** From a submission to the teacher who made it. */
export const teacherOfSubmission = and(
  eq(person.districtId, credentialSubmission.districtId),
  eq(person.id, credentialSubmission.personId),
);

/** From a teacher's MicroPD progress to its session. */
export const sessionOfProgress = and(
  eq(micropdSession.districtId, micropdProgress.districtId),
  eq(micropdSession.id, micropdProgress.sessionId),
);

/** From a MicroPD session to its stage. */
export const stageOfSession = and(
  eq(stage.districtId, micropdSession.districtId),
  eq(stage.id, micropdSession.stageId),
);
