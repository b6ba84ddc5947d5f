import type {
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

/** Everything the seed writes for one district; ids are made up front so rows can refer to each other. */
export interface DistrictRows {
  district: typeof district.$inferInsert & { id: string };
  users: (typeof user.$inferInsert)[];
  accounts: (typeof account.$inferInsert)[];
  tenant: TenantRows;
}

/** Tenant rows, in an order in which every foreign key points at an earlier list. */
export interface TenantRows {
  schools: (typeof school.$inferInsert)[];
  persons: (typeof person.$inferInsert)[];
  roleMemberships: (typeof roleMembership.$inferInsert)[];
  teams: (typeof team.$inferInsert)[];
  teamMembers: (typeof teamMember.$inferInsert)[];
  indicators: (typeof indicator.$inferInsert)[];
  programs: (typeof program.$inferInsert)[];
  stages: (typeof stage.$inferInsert)[];
  programRequirements: (typeof programRequirement.$inferInsert)[];
  sessions: (typeof micropdSession.$inferInsert)[];
  contentBlocks: (typeof contentBlock.$inferInsert)[];
  sessionIndicators: (typeof sessionIndicator.$inferInsert)[];
  cohorts: (typeof cohort.$inferInsert)[];
  sessionReleases: (typeof sessionRelease.$inferInsert)[];
  enrolments: (typeof enrolment.$inferInsert)[];
  progress: (typeof micropdProgress.$inferInsert)[];
  observationLevels: (typeof observationLevel.$inferInsert)[];
  importedRatings: (typeof importedRating.$inferInsert)[];
  protocols: (typeof protocol.$inferInsert)[];
  protocolSteps: (typeof protocolStep.$inferInsert)[];
  meetings: (typeof supportMeeting.$inferInsert)[];
  agendaItems: (typeof meetingAgendaItem.$inferInsert)[];
  attendance: (typeof meetingAttendance.$inferInsert)[];
  actionPlans: (typeof actionPlan.$inferInsert)[];
  actionSteps: (typeof actionStep.$inferInsert)[];
  planEvents: (typeof planEvent.$inferInsert)[];
  teamGoals: (typeof teamGoal.$inferInsert)[];
  teamGoalIndicators: (typeof teamGoalIndicator.$inferInsert)[];
  teamGoalSessions: (typeof teamGoalSession.$inferInsert)[];
  teamGoalCheckpoints: (typeof teamGoalCheckpoint.$inferInsert)[];
  observations: (typeof observation.$inferInsert)[];
  observationRatings: (typeof observationRating.$inferInsert)[];
  observationNotes: (typeof observationNote.$inferInsert)[];
  selfAssessments: (typeof selfAssessment.$inferInsert)[];
  selfAssessmentRatings: (typeof selfAssessmentRating.$inferInsert)[];
  sessionFeedback: (typeof sessionFeedback.$inferInsert)[];
  coachingInteractions: (typeof coachingInteraction.$inferInsert)[];
  coachingInteractionTeachers: (typeof coachingInteractionTeacher.$inferInsert)[];
  coachingInteractionIndicators: (typeof coachingInteractionIndicator.$inferInsert)[];
  externalPdRequests: (typeof externalPdRequest.$inferInsert)[];
  schoolHolidays: (typeof schoolHoliday.$inferInsert)[];
  bellPeriods: (typeof bellPeriod.$inferInsert)[];
  teachingSlots: (typeof teachingSlot.$inferInsert)[];
  collaborationBlocks: (typeof collaborationBlock.$inferInsert)[];
  credentials: (typeof credential.$inferInsert)[];
  credentialVersions: (typeof credentialVersion.$inferInsert)[];
  credentialIndicators: (typeof credentialIndicator.$inferInsert)[];
  calibrationSamples: (typeof calibrationSample.$inferInsert)[];
  credentialLeadReviewers: (typeof credentialLeadReviewer.$inferInsert)[];
  reviewerCertifications: (typeof reviewerCertification.$inferInsert)[];
  inductionChecklistItems: (typeof inductionChecklistItem.$inferInsert)[];
  mentorAssignments: (typeof mentorAssignment.$inferInsert)[];
  mentoringConversations: (typeof mentoringConversation.$inferInsert)[];
  inductionChecklistCompletions: (typeof inductionChecklistCompletion.$inferInsert)[];
  catalogueEvents: (typeof catalogueEvent.$inferInsert)[];
  catalogueEventIndicators: (typeof catalogueEventIndicator.$inferInsert)[];
  eventRegistrations: (typeof eventRegistration.$inferInsert)[];
}

export function emptyTenantRows(): TenantRows {
  return {
    schools: [],
    persons: [],
    roleMemberships: [],
    teams: [],
    teamMembers: [],
    indicators: [],
    programs: [],
    stages: [],
    programRequirements: [],
    sessions: [],
    contentBlocks: [],
    sessionIndicators: [],
    cohorts: [],
    sessionReleases: [],
    enrolments: [],
    progress: [],
    observationLevels: [],
    importedRatings: [],
    protocols: [],
    protocolSteps: [],
    meetings: [],
    agendaItems: [],
    attendance: [],
    actionPlans: [],
    actionSteps: [],
    planEvents: [],
    teamGoals: [],
    teamGoalIndicators: [],
    teamGoalSessions: [],
    teamGoalCheckpoints: [],
    observations: [],
    observationRatings: [],
    observationNotes: [],
    selfAssessments: [],
    selfAssessmentRatings: [],
    sessionFeedback: [],
    coachingInteractions: [],
    coachingInteractionTeachers: [],
    coachingInteractionIndicators: [],
    externalPdRequests: [],
    schoolHolidays: [],
    bellPeriods: [],
    teachingSlots: [],
    collaborationBlocks: [],
    credentials: [],
    credentialVersions: [],
    credentialIndicators: [],
    calibrationSamples: [],
    credentialLeadReviewers: [],
    reviewerCertifications: [],
    inductionChecklistItems: [],
    mentorAssignments: [],
    mentoringConversations: [],
    inductionChecklistCompletions: [],
    catalogueEvents: [],
    catalogueEventIndicators: [],
    eventRegistrations: [],
  };
}
