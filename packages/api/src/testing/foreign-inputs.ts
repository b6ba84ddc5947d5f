/*
 * The foreign ids the tenant-isolation test tries, per procedure that takes input: a procedure
 * added without an entry here fails that test the day it is added.
 */

import { badgeIssuerInputsToTry } from "./access-matrix-badge-issuer.ts";
import type { ForeignIds } from "./foreign-ids.ts";
import { auditInputsToTry } from "./foreign-inputs-audit.ts";
import { catalogueInputsToTry } from "./foreign-inputs-catalogue.ts";
import { coachingLogInputsToTry, teamFocusInputsToTry } from "./foreign-inputs-coaching-log.ts";
import { credentialInputsToTry } from "./foreign-inputs-credentials.ts";
import { externalPdInputsToTry } from "./foreign-inputs-external-pd.ts";
import { frameworkInputsToTry } from "./foreign-inputs-framework.ts";
import { sharedLibraryInputsToTry } from "./foreign-inputs-library.ts";
import { mentoringInputsToTry } from "./foreign-inputs-mentoring.ts";
import { partnershipInputsToTry } from "./foreign-inputs-partnerships.ts";
import { programInputsToTry } from "./foreign-inputs-programs.ts";
import { selfAssessmentInputsToTry } from "./foreign-inputs-self-assessment.ts";
import { sessionFeedbackInputsToTry } from "./foreign-inputs-session-feedback.ts";
import { teamGoalInputsToTry } from "./foreign-inputs-team-goals.ts";
import { videoInputsToTry } from "./foreign-inputs-video.ts";

export type { ForeignIds } from "./foreign-ids.ts";

/** For each procedure with input, an input aimed at another district's rows. */
export const inputsToTry: Record<string, (foreign: ForeignIds) => unknown> = {
  ...videoInputsToTry,
  ...frameworkInputsToTry,
  ...programInputsToTry,
  ...mentoringInputsToTry,
  ...sharedLibraryInputsToTry,
  ...partnershipInputsToTry,
  ...auditInputsToTry,
  ...catalogueInputsToTry,
  ...coachingLogInputsToTry,
  ...teamFocusInputsToTry,
  ...selfAssessmentInputsToTry,
  ...sessionFeedbackInputsToTry,
  ...teamGoalInputsToTry,
  ...externalPdInputsToTry,
  "account.revokeSession": (foreign) => ({ sessionId: foreign.personId }),
  "account.chooseDistrict": (foreign) => ({ districtId: foreign.districtId }),
  "admin.schoolOverview": (foreign) => ({ schoolId: foreign.schoolId }),
  "admin.attentionSchools": () => ({ page: 1 }),
  "invitations.send": (foreign) => ({ to: "people", personIds: [foreign.personId] }),
  "invitations.remind": (foreign) => ({ personIds: [foreign.personId] }),
  "actionPlan.mine": (foreign) => ({ stageId: foreign.stageId }),
  "actionPlan.byId": (foreign) => ({ planId: foreign.planId }),
  "actionPlan.save": (foreign) => ({ stageId: foreign.stageId, goal: "A goal", indicatorIds: [] }),
  "actionPlan.addStep": (foreign) => ({ planId: foreign.planId, description: "A step" }),
  "actionPlan.updateStep": (foreign) => ({
    stepId: foreign.stepId,
    baseRevision: 0,
    status: "done",
  }),
  "actionPlan.setSharing": (foreign) => ({ planId: foreign.planId, sharedWithTeam: true }),
  "actionPlan.history": (foreign) => ({ planId: foreign.planId }),
  "actionPlan.comment": (foreign) => ({ planId: foreign.planId, body: "Hello" }),
  "caseload.team": (foreign) => ({ teamId: foreign.teamId }),
  "coaching.teacher": (foreign) => ({ personId: foreign.personId }),
  "coaching.plan": (foreign) => ({ planId: foreign.planId }),
  "path.stage": (foreign) => ({ stageId: foreign.stageId }),
  "micropd.session": (foreign) => ({ sessionId: foreign.sessionId }),
  "micropd.afterLesson": (foreign) => ({ sessionId: foreign.sessionId }),
  "micropd.completeAfterLesson": (foreign) => ({
    sessionId: foreign.sessionId,
    reflection: "The lesson went well: most students used the words on their own by the end.",
  }),
  "micropd.saveProgress": (foreign) => ({ sessionId: foreign.sessionId, currentBlock: 0 }),
  "micropd.saveReflectionDraft": (foreign) => ({
    sessionId: foreign.sessionId,
    text: "A draft",
    baseRevision: 0,
  }),
  "micropd.complete": (foreign) => ({
    sessionId: foreign.sessionId,
    reflection: "A reflection long enough to pass validation, so only isolation can refuse it.",
  }),
  "workshop.forCohort": (foreign) => ({ cohortId: foreign.cohortId }),
  "workshop.markAttendance": (foreign) => ({
    cohortId: foreign.cohortId,
    personId: foreign.personId,
    attended: true,
  }),
  "progression.confirm": (foreign) => ({ enrolmentId: foreign.enrolmentId }),
  "cohortAdmin.detail": (foreign) => ({ cohortId: foreign.cohortId }),
  "cohortAdmin.create": (foreign) => ({
    schoolId: foreign.schoolId,
    stageId: foreign.stageId,
    name: "A cohort elsewhere",
    schoolYear: "2026-27",
    coachId: null,
    releaseMode: "dated",
    firstReleaseOn: "2030-01-07",
    daysBetweenSessions: 7,
    workshop: { startsAt: null, minutes: 180, location: null, videoUrl: null, description: null },
  }),
  "cohortAdmin.update": (foreign) => ({
    cohortId: foreign.cohortId,
    coachId: null,
    releaseMode: "self_paced",
    firstReleaseOn: null,
    daysBetweenSessions: null,
    workshop: { startsAt: null, minutes: 180, location: null, videoUrl: null, description: null },
  }),
  "cohortAdmin.candidates": (foreign) => ({
    cohortId: foreign.cohortId,
    by: "team",
    teamId: foreign.teamId,
  }),
  "cohortAdmin.enrol": (foreign) => ({
    cohortId: foreign.cohortId,
    personIds: [foreign.personId],
  }),
  "cohortAdmin.withdraw": (foreign) => ({ enrolmentId: foreign.enrolmentId }),
  "collaboration.week": (foreign) => ({ schoolId: foreign.schoolId }),
  "collaboration.teams": (foreign) => ({ schoolId: foreign.schoolId }),
  "collaboration.teachers": (foreign) => ({ schoolId: foreign.schoolId }),
  "collaboration.findTime": (foreign) => ({ teamId: foreign.teamId, minMinutes: 45, tolerance: 1 }),
  "collaboration.createBlock": (foreign) => ({
    teamId: foreign.teamId,
    weekday: 4,
    startMinute: 780,
    endMinute: 840,
    override: true,
  }),
  "collaboration.deleteBlock": (foreign) => ({ blockId: foreign.meetingId }),
  "collaboration.bellSchedule": (foreign) => ({ schoolId: foreign.schoolId }),
  "collaboration.saveBellSchedule": (foreign) => ({
    schoolId: foreign.schoolId,
    periods: [{ weekday: 1, name: "Period 1", startMinute: 480, endMinute: 530 }],
  }),
  "collaboration.timetable": (foreign) => ({
    schoolId: foreign.schoolId,
    personId: foreign.personId,
  }),
  "collaboration.saveTimetable": (foreign) => ({
    schoolId: foreign.schoolId,
    personId: foreign.personId,
    slots: [{ weekday: 1, label: "Grade 4 Math", startMinute: 480, endMinute: 530 }],
  }),
  "dashboard.district": () => ({ level: "district" }),
  "dashboard.school": (foreign) => ({ schoolId: foreign.schoolId }),
  "dashboard.team": (foreign) => ({ teamId: foreign.teamId }),
  "dashboard.teacher": (foreign) => ({ personId: foreign.personId }),
  "impact.report": (foreign) => ({
    from: "2026-08-01",
    to: "2027-07-31",
    schoolId: foreign.schoolId,
    cohortId: foreign.cohortId,
  }),
  "impact.csv": (foreign) => ({
    from: "2026-08-01",
    to: "2027-07-31",
    schoolId: foreign.schoolId,
    by: "cohort",
  }),
  "peopleAdmin.search": (foreign) => ({ query: "", schoolId: foreign.schoolId }),
  "peopleAdmin.detail": (foreign) => ({ personId: foreign.personId }),
  "peopleAdmin.schoolPeople": (foreign) => ({ schoolId: foreign.schoolId }),
  "peopleAdmin.create": (foreign) => ({
    displayName: "New Person",
    email: "new.person@isolation.test",
    roles: [{ role: "teacher", schoolId: foreign.schoolId }],
  }),
  "peopleAdmin.update": (foreign) => ({
    personId: foreign.personId,
    displayName: "Renamed",
    email: "renamed@isolation.test",
    roles: [{ role: "teacher", schoolId: foreign.schoolId }],
  }),
  "peopleAdmin.setActive": (foreign) => ({ personId: foreign.personId, active: false }),
  "peopleAdmin.invite": (foreign) => ({ personId: foreign.personId }),
  "peopleAdmin.createSchool": () => ({ name: "Isolation School" }),
  "peopleAdmin.renameSchool": (foreign) => ({ schoolId: foreign.schoolId, name: "Renamed" }),
  "peopleAdmin.createTeam": (foreign) => ({
    schoolId: foreign.schoolId,
    name: "Isolation Team",
    kind: "plc",
    facilitatorId: foreign.personId,
    memberIds: [foreign.personId],
  }),
  "peopleAdmin.updateTeam": (foreign) => ({
    teamId: foreign.teamId,
    schoolId: foreign.schoolId,
    name: "Isolation Team",
    kind: "plc",
    facilitatorId: null,
    memberIds: [foreign.personId],
  }),
  "transcript.mine": () => ({}),
  "transcript.csv": () => ({}),
  "walkthroughs.heatmap": (foreign) => ({
    schoolId: foreign.schoolId,
    from: "2026-01-01",
    to: "2026-12-31",
  }),
  "walkthroughs.visits": (foreign) => ({
    schoolId: foreign.schoolId,
    from: "2026-01-01",
    to: "2026-12-31",
  }),
  "walkthroughs.list": (foreign) => ({
    schoolId: foreign.schoolId,
    teamId: foreign.teamId,
    from: "2026-01-01",
    to: "2026-12-31",
  }),
  "ratingsImport.preview": (foreign) => ({
    csv: `teacher,indicator_code,level,date,source\n${foreign.personId},1.1,Proficient,2026-10-01,Test\n`,
  }),
  "ratingsImport.importFile": (foreign) => ({
    csv: `teacher,indicator_code,level,date,source\n${foreign.personId},1.1,Proficient,2026-10-01,Test\n`,
  }),
  "rosterImport.preview": (foreign) => ({
    files: [{ name: "users.csv", encoding: "text", content: `sourcedId\n${foreign.personId}\n` }],
  }),
  "rosterImport.importFiles": (foreign) => ({
    files: [{ name: "users.csv", encoding: "text", content: `sourcedId\n${foreign.personId}\n` }],
    importId: foreign.personId,
  }),
  "rosterImport.progress": (foreign) => ({ importId: foreign.personId }),
  "meetingRoom.open": (foreign) => ({ meetingId: foreign.meetingId }),
  "meetingRoom.start": (foreign) => ({ meetingId: foreign.meetingId }),
  "meetingRoom.setActiveItem": (foreign) => ({
    meetingId: foreign.meetingId,
    itemId: foreign.stepId,
  }),
  "meetingRoom.recordAttendance": (foreign) => ({
    meetingId: foreign.meetingId,
    records: [{ personId: foreign.personId, attendance: "present" }],
  }),
  "meetingRoom.saveNotes": (foreign) => ({
    meetingId: foreign.meetingId,
    itemId: foreign.stepId,
    notes: "Notes",
    baseVersion: 0,
  }),
  "meetingRoom.savePrivateNote": (foreign) => ({
    meetingId: foreign.meetingId,
    body: "Private",
    baseVersion: 0,
  }),
  "meetingRoom.addCommitment": (foreign) => ({
    meetingId: foreign.meetingId,
    personId: foreign.personId,
    description: "Try it",
    dueOn: "2030-01-08",
  }),
  "meetingRoom.checkIn": (foreign) => ({
    meetingId: foreign.meetingId,
    actionStepId: foreign.stepId,
    status: "stuck",
    note: null,
  }),
  "meetingRoom.close": (foreign) => ({ meetingId: foreign.meetingId, heldMinutes: 30 }),
  "meetingRoom.summary": (foreign) => ({ meetingId: foreign.meetingId }),
  "meetingRoom.record": (foreign) => ({ meetingId: foreign.meetingId }),
  "meetingRoom.teamMeetings": (foreign) => ({ teamId: foreign.teamId }),
  "protocols.create": () => ({
    name: "A Maple Valley protocol?",
    purpose: "Only the caller's own district is touched.",
    steps: [{ title: "Step", purpose: "A purpose", minutes: 5, prompts: [] }],
  }),
  "meetings.schedule": (foreign) => ({
    teamId: foreign.teamId,
    title: "A meeting",
    startsAt: new Date("2030-01-08T15:00:00Z"),
    endsAt: new Date("2030-01-08T15:45:00Z"),
    location: "Room 1",
    videoUrl: null,
    timeZone: "America/Chicago",
    recurrence: null,
    agenda: [foreign.protocolStepId],
  }),
  "meetings.reschedule": (foreign) => ({
    id: foreign.meetingId,
    startsAt: new Date("2030-01-08T15:00:00Z"),
    endsAt: new Date("2030-01-08T15:45:00Z"),
    location: "Room 1",
    videoUrl: null,
    agenda: [foreign.protocolStepId],
    andFollowing: true,
  }),
  "meetings.cancel": (foreign) => ({ meetingId: foreign.meetingId, andFollowing: true }),
  "reminderSettings.save": () => ({ timeZone: "America/Chicago", meetingReminderMinutes: [60] }),
  "reminderSettings.addHoliday": () => ({
    name: "A break",
    startsOn: "2030-01-01",
    endsOn: "2030-01-02",
  }),
  "reminderSettings.removeHoliday": (foreign) => ({ holidayId: foreign.holidayId }),
  "reminderSettings.rename": () => ({ name: "A district" }),
  "ssoSettings.save": () => ({
    protocol: "saml",
    preset: "saml",
    displayName: "District sign-in",
    idpMetadataXml: null,
    idpEntityId: "https://idp.example.org",
    entryPoint: "https://idp.example.org/sso",
    certificate: "not a certificate",
    domains: ["cedarridge.test"],
  }),
  "ssoSettings.setPasswordSignIn": () => ({ allowed: false }),
  "observations.start": (foreign) => ({
    teacherId: foreign.personId,
    kind: "coaching",
    observedOn: "2030-01-08",
    classLabel: null,
    durationMinutes: 30,
    indicatorIds: [foreign.sessionId],
  }),
  "observations.saveDraft": (foreign) => ({
    observationId: foreign.observationId,
    baseRevision: 0,
    observedOn: "2030-01-08",
    classLabel: null,
    durationMinutes: null,
    ratings: [{ indicatorId: foreign.sessionId, levelRank: 1, lookFors: null }],
    notes: [],
  }),
  "observations.publish": (foreign) => ({ observationId: foreign.observationId }),
  "observations.discard": (foreign) => ({ observationId: foreign.observationId }),
  "observations.forTeacher": (foreign) => ({ teacherId: foreign.personId }),
  "observations.startOptions": (foreign) => ({ teacherId: foreign.personId }),
  "observations.detail": (foreign) => ({ observationId: foreign.observationId }),
  "observations.reflect": (foreign) => ({
    observationId: foreign.observationId,
    reflection: "A reflection on a foreign observation.",
  }),
  "observations.acknowledge": (foreign) => ({ observationId: foreign.observationId }),
  "observations.share": (foreign) => ({ observationId: foreign.observationId, shared: true }),
  "observations.setScale": () => ({
    levels: [
      { label: "Not yet", description: null },
      { label: "There", description: null },
    ],
    targetRank: 1,
  }),
  "observations.setIndicatorTarget": (foreign) => ({
    indicatorId: foreign.indicatorId,
    targetRank: 1,
  }),
  "recommendations.dismiss": (foreign) => ({ sessionId: foreign.sessionId, reason: "Not for me" }),
  "recommendations.forTeacher": (foreign) => ({ teacherId: foreign.personId }),
  "recommendations.dismissFor": (foreign) => ({
    teacherId: foreign.personId,
    sessionId: foreign.sessionId,
    reason: "Not for her",
  }),
  "recommendations.dismissedFor": (foreign) => ({ teacherId: foreign.personId }),
  "recommendations.pin": (foreign) => ({
    teacherId: foreign.personId,
    sessionId: foreign.sessionId,
  }),
  "recommendations.unpin": (foreign) => ({
    teacherId: foreign.personId,
    sessionId: foreign.sessionId,
  }),
  "recommendations.growth": (foreign) => ({ teacherId: foreign.personId }),
  "notifications.centre": () => ({ limit: 100 }),
  // The seed writes no notifications or mail: a Maple Valley row id of another table stands in
  // (the notifications and sent-mail router tests try real ones of the other district).
  "notifications.markRead": (foreign) => ({ notificationId: foreign.stepId }),
  "notifications.savePreferences": () => ({
    emailModes: { teacher_reply: "daily_digest" },
    emailEvenings: false,
    emailWeekends: false,
  }),
  "sentMail.message": (foreign) => ({ messageId: foreign.stepId }),
  ...credentialInputsToTry,
  ...badgeIssuerInputsToTry,
};
