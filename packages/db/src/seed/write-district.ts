import type { PgTable } from "drizzle-orm/pg-core";
import type { Database, Transaction } from "../client.ts";
import {
  account,
  actionPlan,
  actionStep,
  bellPeriod,
  calibrationSample,
  catalogueEvent,
  catalogueEventIndicator,
  coachingInteraction,
  coachingInteractionIndicator,
  coachingInteractionTeacher,
  cohort,
  collaborationBlock,
  contentBlock,
  credential,
  credentialIndicator,
  credentialLeadReviewer,
  credentialVersion,
  district,
  enrolment,
  eventRegistration,
  externalPdRequest,
  importedRating,
  indicator,
  inductionChecklistCompletion,
  inductionChecklistItem,
  meetingAgendaItem,
  meetingAttendance,
  mentorAssignment,
  mentoringConversation,
  micropdProgress,
  micropdSession,
  observation,
  observationLevel,
  observationNote,
  observationRating,
  person,
  planEvent,
  program,
  programRequirement,
  protocol,
  protocolStep,
  reviewerCertification,
  roleMembership,
  school,
  schoolHoliday,
  selfAssessment,
  selfAssessmentRating,
  sessionFeedback,
  sessionIndicator,
  sessionRelease,
  stage,
  supportMeeting,
  teachingSlot,
  team,
  teamGoal,
  teamGoalCheckpoint,
  teamGoalIndicator,
  teamGoalSession,
  teamMember,
  user,
} from "../schema/index.ts";
import { withTenant } from "../tenant.ts";
import type { DistrictRows, TenantRows } from "./rows.ts";

/**
 * Writes one district in one transaction: the global rows (district, sign-ins) as the
 * connecting role, then the tenant rows inside withTenant, so the row-level security policies
 * check every seeded row. withTenant on a transaction opens a savepoint; its role switch then
 * lasts to the end of this transaction, which is why the global rows are written first.
 */
export async function writeDistrict(db: Database, rows: DistrictRows): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(district).values(rows.district);
    if (rows.users.length > 0) await tx.insert(user).values(rows.users);
    if (rows.accounts.length > 0) await tx.insert(account).values(rows.accounts);
    await withTenant(tx, rows.district.id, (tenantTx) => writeTenantRows(tenantTx, rows.tenant));
  });
}

async function writeTenantRows(tx: Transaction, rows: TenantRows): Promise<void> {
  // One multi-row insert per table, parents before children.
  await insertAll(tx, school, rows.schools);
  await insertAll(tx, person, rows.persons);
  await insertAll(tx, roleMembership, rows.roleMemberships);
  await insertAll(tx, team, rows.teams);
  await insertAll(tx, teamMember, rows.teamMembers);
  await insertAll(tx, indicator, rows.indicators);
  await insertAll(tx, observationLevel, rows.observationLevels);
  await insertAll(tx, schoolHoliday, rows.schoolHolidays);
  await insertAll(tx, program, rows.programs);
  await insertAll(tx, stage, rows.stages);
  await insertAll(tx, programRequirement, rows.programRequirements);
  await insertAll(tx, micropdSession, rows.sessions);
  await insertAll(tx, contentBlock, rows.contentBlocks);
  await insertAll(tx, sessionIndicator, rows.sessionIndicators);
  await insertAll(tx, cohort, rows.cohorts);
  await insertAll(tx, sessionRelease, rows.sessionReleases);
  await insertAll(tx, enrolment, rows.enrolments);
  await insertAll(tx, micropdProgress, rows.progress);
  await insertAll(tx, protocol, rows.protocols);
  await insertAll(tx, protocolStep, rows.protocolSteps);
  await insertAll(tx, bellPeriod, rows.bellPeriods);
  await insertAll(tx, teachingSlot, rows.teachingSlots);
  await insertAll(tx, collaborationBlock, rows.collaborationBlocks);
  await insertAll(tx, supportMeeting, rows.meetings);
  await insertAll(tx, meetingAgendaItem, rows.agendaItems);
  await insertAll(tx, meetingAttendance, rows.attendance);
  await insertAll(tx, actionPlan, rows.actionPlans);
  await insertAll(tx, actionStep, rows.actionSteps);
  await insertAll(tx, planEvent, rows.planEvents);
  await insertAll(tx, teamGoal, rows.teamGoals);
  await insertAll(tx, teamGoalIndicator, rows.teamGoalIndicators);
  await insertAll(tx, teamGoalSession, rows.teamGoalSessions);
  await insertAll(tx, teamGoalCheckpoint, rows.teamGoalCheckpoints);
  await insertAll(tx, importedRating, rows.importedRatings);
  await insertAll(tx, observation, rows.observations);
  await insertAll(tx, observationRating, rows.observationRatings);
  await insertAll(tx, observationNote, rows.observationNotes);
  await insertAll(tx, selfAssessment, rows.selfAssessments);
  await insertAll(tx, selfAssessmentRating, rows.selfAssessmentRatings);
  await insertAll(tx, sessionFeedback, rows.sessionFeedback);
  await insertAll(tx, coachingInteraction, rows.coachingInteractions);
  await insertAll(tx, coachingInteractionTeacher, rows.coachingInteractionTeachers);
  await insertAll(tx, coachingInteractionIndicator, rows.coachingInteractionIndicators);
  await insertAll(tx, externalPdRequest, rows.externalPdRequests);
  await insertAll(tx, credential, rows.credentials);
  await insertAll(tx, credentialVersion, rows.credentialVersions);
  await insertAll(tx, credentialIndicator, rows.credentialIndicators);
  await insertAll(tx, calibrationSample, rows.calibrationSamples);
  await insertAll(tx, credentialLeadReviewer, rows.credentialLeadReviewers);
  await insertAll(tx, reviewerCertification, rows.reviewerCertifications);
  await insertAll(tx, inductionChecklistItem, rows.inductionChecklistItems);
  await insertAll(tx, mentorAssignment, rows.mentorAssignments);
  await insertAll(tx, mentoringConversation, rows.mentoringConversations);
  await insertAll(tx, inductionChecklistCompletion, rows.inductionChecklistCompletions);
  await insertAll(tx, catalogueEvent, rows.catalogueEvents);
  await insertAll(tx, catalogueEventIndicator, rows.catalogueEventIndicators);
  await insertAll(tx, eventRegistration, rows.eventRegistrations);
}

async function insertAll<T extends PgTable>(
  tx: Transaction,
  table: T,
  values: T["$inferInsert"][],
): Promise<void> {
  if (values.length > 0) await tx.insert(table).values(values);
}
