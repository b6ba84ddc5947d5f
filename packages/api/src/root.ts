import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { credentialIssuerRouter } from "./credentials/credential-issuer-router.ts";
import { accountRouter } from "./routers/account.ts";
import { actionPlanRouter } from "./routers/action-plan.ts";
import { adminRouter } from "./routers/admin.ts";
import { auditLogRouter } from "./routers/audit-log.ts";
import { calendarRouter } from "./routers/calendar.ts";
import { calibrationRouter } from "./routers/calibration.ts";
import { caseloadRouter } from "./routers/caseload.ts";
import { coachRouter } from "./routers/coach.ts";
import { coachingRouter } from "./routers/coaching.ts";
import { cohortAdminRouter } from "./routers/cohort-admin.ts";
import { collaborationRouter } from "./routers/collaboration.ts";
import { credentialAdminRouter } from "./routers/credential-admin.ts";
import { credentialReviewsRouter } from "./routers/credential-reviews.ts";
import { credentialsRouter } from "./routers/credentials.ts";
import { dashboardRouter } from "./routers/dashboard.ts";
import { frameworkRouter } from "./routers/framework.ts";
import { frameworkAdminRouter } from "./routers/framework-admin.ts";
import { gettingStartedRouter } from "./routers/getting-started.ts";
import { invitationsRouter } from "./routers/invitations.ts";
import { meetingRoomRouter } from "./routers/meeting-room.ts";
import { meetingsRouter } from "./routers/meetings.ts";
import { micropdRouter } from "./routers/micropd.ts";
import { notificationsRouter } from "./routers/notifications.ts";
import { observationsRouter } from "./routers/observations.ts";
import { pathRouter } from "./routers/path.ts";
import { peopleAdminRouter } from "./routers/people-admin.ts";
import { progressionRouter } from "./routers/progression.ts";
import { protocolsRouter } from "./routers/protocols.ts";
import { ratingsImportRouter } from "./routers/ratings-import.ts";
import { recommendationsRouter } from "./routers/recommendations.ts";
import { recordExportRouter } from "./routers/record-export.ts";
import { reminderSettingsRouter } from "./routers/reminder-settings.ts";
import { rosterImportRouter } from "./routers/roster-import.ts";
import { sentMailRouter } from "./routers/sent-mail.ts";
import { ssoSettingsRouter } from "./routers/sso-settings.ts";
import { teacherRouter } from "./routers/teacher.ts";
import { transcriptRouter } from "./routers/transcript.ts";
import { viewerRouter } from "./routers/viewer.ts";
import { walkthroughsRouter } from "./routers/walkthroughs.ts";
import { workshopRouter } from "./routers/workshop.ts";
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
  path: pathRouter,
  micropd: micropdRouter,
  workshop: workshopRouter,
  progression: progressionRouter,
  transcript: transcriptRouter,
  calendar: calendarRouter,
  meetingRoom: meetingRoomRouter,
  protocols: protocolsRouter,
  meetings: meetingsRouter,
  reminderSettings: reminderSettingsRouter,
  ssoSettings: ssoSettingsRouter,
  gettingStarted: gettingStartedRouter,
  walkthroughs: walkthroughsRouter,
  ratingsImport: ratingsImportRouter,
  rosterImport: rosterImportRouter,
  observations: observationsRouter,
  recommendations: recommendationsRouter,
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
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
