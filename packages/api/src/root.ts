import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { accountRouter } from "./routers/account/router.ts";
import { actionPlanRouter } from "./routers/action-plan/router.ts";
import { adminRouter } from "./routers/admin/router.ts";
import { auditLogRouter } from "./routers/audit-log/router.ts";
import { calendarRouter } from "./routers/calendar/router.ts";
import { calibrationRouter } from "./routers/calibration/router.ts";
import { caseloadRouter } from "./routers/caseload/router.ts";
import { catalogueAdminRouter } from "./routers/catalogue/admin-router.ts";
import { catalogueRouter } from "./routers/catalogue/router.ts";
import { coachRouter } from "./routers/coach/router.ts";
import { coachingRouter } from "./routers/coaching/router.ts";
import { coachingLogRouter } from "./routers/coaching-log/router.ts";
import { cohortAdminRouter } from "./routers/cohort-admin/router.ts";
import { collaborationRouter } from "./routers/collaboration/router.ts";
import { credentialAdminRouter } from "./routers/credential-admin/router.ts";
import { credentialIssuerRouter } from "./routers/credential-issuer/router.ts";
import { credentialReviewsRouter } from "./routers/credential-reviews/router.ts";
import { credentialsRouter } from "./routers/credentials/router.ts";
import { dashboardRouter } from "./routers/dashboard/router.ts";
import { externalPdRouter } from "./routers/external-pd/router.ts";
import { frameworkRouter } from "./routers/framework/router.ts";
import { frameworkAdminRouter } from "./routers/framework-admin/router.ts";
import { gettingStartedRouter } from "./routers/getting-started/router.ts";
import { impactRouter } from "./routers/impact/router.ts";
import { invitationsRouter } from "./routers/invitations/router.ts";
import { libraryRouter } from "./routers/library/router.ts";
import { meetingRoomRouter } from "./routers/meeting-room/router.ts";
import { meetingsRouter } from "./routers/meetings/router.ts";
import { mentoringRouter } from "./routers/mentoring/router.ts";
import { micropdRouter } from "./routers/micropd/router.ts";
import { notificationsRouter } from "./routers/notifications/router.ts";
import { observationsRouter } from "./routers/observations/router.ts";
import { partnershipsRouter } from "./routers/partnerships/router.ts";
import { pathRouter } from "./routers/path/router.ts";
import { peopleAdminRouter } from "./routers/people-admin/router.ts";
import { programsRouter } from "./routers/programs/router.ts";
import { progressionRouter } from "./routers/progression/router.ts";
import { protocolsRouter } from "./routers/protocols/router.ts";
import { ratingsImportRouter } from "./routers/ratings-import/router.ts";
import { recommendationsRouter } from "./routers/recommendations/router.ts";
import { recordExportRouter } from "./routers/record-export/router.ts";
import { reminderSettingsRouter } from "./routers/reminder-settings/router.ts";
import { rosterImportRouter } from "./routers/roster-import/router.ts";
import { selfAssessmentRouter } from "./routers/self-assessment/router.ts";
import { sentMailRouter } from "./routers/sent-mail/router.ts";
import { sessionFeedbackRouter } from "./routers/session-feedback/router.ts";
import { ssoSettingsRouter } from "./routers/sso-settings/router.ts";
import { teacherRouter } from "./routers/teacher/router.ts";
import { teamFocusRouter } from "./routers/team-focus/router.ts";
import { teamGoalsRouter } from "./routers/team-goals/router.ts";
import { transcriptRouter } from "./routers/transcript/router.ts";
import { videoRouter } from "./routers/video/router.ts";
import { viewerRouter } from "./routers/viewer/router.ts";
import { walkthroughsRouter } from "./routers/walkthroughs/router.ts";
import { workshopRouter } from "./routers/workshop/router.ts";
import { createRouter } from "./trpc.ts";

/** One router per domain area. */
export const appRouter = createRouter({
  viewer: viewerRouter,
  framework: frameworkRouter,
  frameworkAdmin: frameworkAdminRouter,
  teacher: teacherRouter,
  coach: coachRouter,
  caseload: caseloadRouter,
  cohortAdmin: cohortAdminRouter,
  admin: adminRouter,
  auditLog: auditLogRouter,
  actionPlan: actionPlanRouter,
  coaching: coachingRouter,
  coachingLog: coachingLogRouter,
  path: pathRouter,
  micropd: micropdRouter,
  sessionFeedback: sessionFeedbackRouter,
  workshop: workshopRouter,
  programs: programsRouter,
  progression: progressionRouter,
  transcript: transcriptRouter,
  sharedLibrary: libraryRouter,
  partnerships: partnershipsRouter,
  externalPd: externalPdRouter,
  calendar: calendarRouter,
  meetingRoom: meetingRoomRouter,
  protocols: protocolsRouter,
  meetings: meetingsRouter,
  mentoring: mentoringRouter,
  reminderSettings: reminderSettingsRouter,
  ssoSettings: ssoSettingsRouter,
  gettingStarted: gettingStartedRouter,
  walkthroughs: walkthroughsRouter,
  ratingsImport: ratingsImportRouter,
  rosterImport: rosterImportRouter,
  observations: observationsRouter,
  video: videoRouter,
  recommendations: recommendationsRouter,
  selfAssessment: selfAssessmentRouter,
  notifications: notificationsRouter,
  sentMail: sentMailRouter,
  collaboration: collaborationRouter,
  peopleAdmin: peopleAdminRouter,
  invitations: invitationsRouter,
  account: accountRouter,
  dashboard: dashboardRouter,
  recordExport: recordExportRouter,
  credentialReviews: credentialReviewsRouter,
  calibration: calibrationRouter,
  credentialAdmin: credentialAdminRouter,
  credentials: credentialsRouter,
  credentialIssuer: credentialIssuerRouter,
  teamGoals: teamGoalsRouter,
  teamFocus: teamFocusRouter,
  impact: impactRouter,
  catalogue: catalogueRouter,
  catalogueAdmin: catalogueAdminRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
