import { type AnyColumn, and, eq, type SQL } from "drizzle-orm";
import {
  actionPlan,
  actionStep,
  awardedBadge,
  coachingInteraction,
  coachingInteractionTeacher,
  cohort,
  collaborationBlock,
  credential,
  credentialLeadReviewer,
  credentialSubmission,
  credentialVersion,
  enrolment,
  enrolmentProgressSummary,
  evidenceFile,
  meetingAgendaItem,
  meetingAttendance,
  micropdProgress,
  micropdSession,
  observation,
  observationRating,
  person,
  personInvite,
  planComment,
  recommendationDecision,
  roleMembership,
  school,
  selfAssessment,
  selfAssessmentRating,
  stage,
  submissionEvidence,
  supportMeeting,
  team,
  teamGoal,
  teamGoalCheckpoint,
  teamGoalWorkSample,
  teamMember,
} from "../../schema/index.ts";

/*
 * Join conditions many queries share. Each matches the district as well as the id, so a join
 * stays inside one district and uses the tables' (district_id, id) keys.
 */

/**
 * From a row of `from` to the row of `to` that its column `reference` names, in the same
 * district: `(to.district_id, to.id) = (from.district_id, from.<reference>)`, the shape of every
 * tenant foreign key. Works with aliased tables too.
 */
export function tenantJoin(
  to: { districtId: AnyColumn; id: AnyColumn },
  from: { districtId: AnyColumn },
  reference: AnyColumn,
): SQL | undefined {
  return sameDistrict(to, from, eq(to.id, reference));
}

/**
 * `tenantJoin` the other way round: from a row of `parent` to the rows of `child` whose column
 * `reference` names it, `(child.district_id, child.<reference>) = (parent.district_id, parent.id)`.
 */
export function tenantChildJoin(
  child: { districtId: AnyColumn },
  reference: AnyColumn,
  parent: { districtId: AnyColumn; id: AnyColumn },
): SQL | undefined {
  return sameDistrict(child, parent, eq(reference, parent.id));
}

/**
 * Rows of `a` and `b` in the same district that also meet `conditions`: for joins on a key other
 * than a row's id (a cohort's releases, a rank on the district's scale).
 */
export function sameDistrict(
  a: { districtId: AnyColumn },
  b: { districtId: AnyColumn },
  ...conditions: (SQL | undefined)[]
): SQL | undefined {
  return and(eq(a.districtId, b.districtId), ...conditions);
}

/** From an evidence file to the action step it was added to. */
export const stepOfEvidenceFile = tenantJoin(actionStep, evidenceFile, evidenceFile.stepId);

/** From an action step to its plan. */
export const planOfStep = tenantJoin(actionPlan, actionStep, actionStep.planId);

/** From a submission to the credential version it is judged against. */
export const versionOfSubmission = tenantJoin(
  credentialVersion,
  credentialSubmission,
  credentialSubmission.versionId,
);

/** From a submission to the teacher who made it. */
export const teacherOfSubmission = tenantJoin(
  person,
  credentialSubmission,
  credentialSubmission.personId,
);

/** From a teacher's MicroPD progress to its session. */
export const sessionOfProgress = tenantJoin(
  micropdSession,
  micropdProgress,
  micropdProgress.sessionId,
);

/** From a MicroPD session to its stage. */
export const stageOfSession = tenantJoin(stage, micropdSession, micropdSession.stageId);

/** From a badge to the credential version it was awarded for. */
export const versionOfBadge = tenantJoin(credentialVersion, awardedBadge, awardedBadge.versionId);

/** From an enrolment to its cohort. */
export const cohortOfEnrolment = tenantJoin(cohort, enrolment, enrolment.cohortId);

/** From a cohort to the stage it works through. */
export const stageOfCohort = tenantJoin(stage, cohort, cohort.stageId);

/** From an action plan to its stage. */
export const stageOfPlan = tenantJoin(stage, actionPlan, actionPlan.stageId);

/** From a team membership to its team. */
export const teamOfMember = tenantJoin(team, teamMember, teamMember.teamId);

/** From a team membership to the person. */
export const personOfTeamMember = tenantJoin(person, teamMember, teamMember.personId);

/** From a support meeting to its team. */
export const teamOfMeeting = tenantJoin(team, supportMeeting, supportMeeting.teamId);

/** From a team to its school. */
export const schoolOfTeam = tenantJoin(school, team, team.schoolId);

/** From a stage to its MicroPD sessions. */
export const sessionsOfStage = tenantChildJoin(micropdSession, micropdSession.stageId, stage);

/** From a person to their role memberships: each role they hold, and where. */
export const membershipsOfPerson = tenantChildJoin(roleMembership, roleMembership.personId, person);

/** From a role membership to the school it is held at. */
export const schoolOfMembership = tenantJoin(school, roleMembership, roleMembership.schoolId);

/** From a meeting attendance to the meeting. */
export const meetingOfAttendance = tenantJoin(
  supportMeeting,
  meetingAttendance,
  meetingAttendance.meetingId,
);

/** From a coaching interaction to the teachers it was with. */
export const teachersOfInteraction = tenantChildJoin(
  coachingInteractionTeacher,
  coachingInteractionTeacher.interactionId,
  coachingInteraction,
);

/** From a cohort to its school. */
export const schoolOfCohort = tenantJoin(school, cohort, cohort.schoolId);

/** From a collaboration block to its team. */
export const teamOfBlock = tenantJoin(team, collaborationBlock, collaborationBlock.teamId);

/** From a badge to the teacher who earned it. */
export const teacherOfBadge = tenantJoin(person, awardedBadge, awardedBadge.personId);

/** From an action plan to the teacher whose plan it is. */
export const teacherOfPlan = tenantJoin(person, actionPlan, actionPlan.personId);

/** From an enrolment to the teacher enrolled. */
export const teacherOfEnrolment = tenantJoin(person, enrolment, enrolment.personId);

/** From an enrolment to its progress summary. */
export const summaryOfEnrolment = tenantChildJoin(
  enrolmentProgressSummary,
  enrolmentProgressSummary.enrolmentId,
  enrolment,
);

/** From a credential version to its stage. */
export const stageOfVersion = tenantJoin(stage, credentialVersion, credentialVersion.stageId);

/** From a role membership to the person who holds it. */
export const personOfMembership = tenantJoin(person, roleMembership, roleMembership.personId);

/** From an observation rating to its observation. */
export const observationOfRating = tenantJoin(
  observation,
  observationRating,
  observationRating.observationId,
);

/** From a work sample to its checkpoint. */
export const checkpointOfWorkSample = tenantJoin(
  teamGoalCheckpoint,
  teamGoalWorkSample,
  teamGoalWorkSample.checkpointId,
);

/** From a credential version to its credential. */
export const credentialOfVersion = tenantJoin(
  credential,
  credentialVersion,
  credentialVersion.credentialId,
);

/** From a self-assessment rating to its self-assessment. */
export const assessmentOfSelfRating = tenantJoin(
  selfAssessment,
  selfAssessmentRating,
  selfAssessmentRating.selfAssessmentId,
);

/** From a recommendation decision to the person who made it. */
export const deciderOfDecision = tenantJoin(
  person,
  recommendationDecision,
  recommendationDecision.decidedById,
);

/** From a submission's evidence item to the plan file it offers, if any. */
export const fileOfSubmissionEvidence = tenantJoin(
  evidenceFile,
  submissionEvidence,
  submissionEvidence.evidenceFileId,
);

/** From a credential's lead reviewer to the person. */
export const personOfLeadReviewer = tenantJoin(
  person,
  credentialLeadReviewer,
  credentialLeadReviewer.personId,
);

/** From a plan comment to its author. */
export const authorOfComment = tenantJoin(person, planComment, planComment.authorId);

/** From a plan comment to its plan. */
export const planOfComment = tenantJoin(actionPlan, planComment, planComment.planId);

/** From an invitation to the person it invites. */
export const personOfInvite = tenantJoin(person, personInvite, personInvite.personId);

/** From an agenda item to who last edited its notes. */
export const notesEditorOfAgendaItem = tenantJoin(
  person,
  meetingAgendaItem,
  meetingAgendaItem.notesUpdatedById,
);

/** From a plan step to the MicroPD session it came from, if any. */
export const sessionOfStep = tenantJoin(micropdSession, actionStep, actionStep.fromSessionId);

/** From a checkpoint to its team goal. */
export const goalOfCheckpoint = tenantJoin(teamGoal, teamGoalCheckpoint, teamGoalCheckpoint.goalId);
