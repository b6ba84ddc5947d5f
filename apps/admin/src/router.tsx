import { queryClient, trpc } from "@throughline/app-kit/client";
import type { RouteObject } from "react-router";

/** The app's own pages (startApp adds the shell, the shared pages and "not found"). */
export const routes: RouteObject[] = [
  {
    index: true,
    // The home page's answer is asked for while the page's code downloads, not once it renders.
    loader: () => {
      void queryClient.prefetchQuery(trpc.admin.home.queryOptions());
      void queryClient.prefetchQuery(trpc.admin.overview.queryOptions());
      return null;
    },
    lazy: async () => ({ Component: (await import("./pages/home-page.tsx")).HomePage }),
  },
  {
    path: "impact",
    lazy: async () => ({
      Component: (await import("./pages/impact/impact-page.tsx")).ImpactPage,
    }),
  },
  {
    path: "team-goals",
    lazy: async () => ({
      Component: (await import("./pages/team-goals/team-goals-page.tsx")).TeamGoalsPage,
    }),
  },
  {
    path: "overview/schools",
    lazy: async () => ({
      Component: (await import("./pages/overview/attention-schools-page.tsx")).AttentionSchoolsPage,
    }),
  },
  {
    path: "overview/schools/:schoolId",
    lazy: async () => ({
      Component: (await import("./pages/overview/school-overview-page.tsx")).SchoolOverviewPage,
    }),
  },
  {
    path: "getting-started",
    lazy: async () => ({
      Component: (await import("./pages/getting-started/getting-started-page.tsx"))
        .GettingStartedPage,
    }),
  },
  {
    path: "people",
    lazy: async () => ({
      Component: (await import("./pages/people/people-page.tsx")).PeoplePage,
    }),
  },
  {
    path: "audit-log",
    lazy: async () => ({
      Component: (await import("./pages/audit-log/audit-log-page.tsx")).AuditLogPage,
    }),
  },
  {
    path: "external-pd",
    lazy: async () => ({
      Component: (await import("./pages/external-pd/external-pd-queue-page.tsx"))
        .ExternalPdQueuePage,
    }),
  },
  {
    path: "people/new",
    lazy: async () => ({
      Component: (await import("./pages/people/new-person-page.tsx")).NewPersonPage,
    }),
  },
  {
    path: "people/invitations",
    lazy: async () => ({
      Component: (await import("./pages/people/invitations-page.tsx")).InvitationsPage,
    }),
  },
  {
    path: "people/schools",
    lazy: async () => ({
      Component: (await import("./pages/people/schools-page.tsx")).SchoolsPage,
    }),
  },
  {
    path: "people/teams",
    lazy: async () => ({
      Component: (await import("./pages/people/teams-page.tsx")).TeamsPage,
    }),
  },
  {
    path: "people/:personId",
    lazy: async () => ({
      Component: (await import("./pages/people/person-page.tsx")).PersonPage,
    }),
  },
  {
    path: "cohorts",
    lazy: async () => ({
      Component: (await import("./pages/cohorts/cohorts-page.tsx")).CohortsPage,
    }),
  },
  {
    path: "cohorts/new",
    lazy: async () => ({
      Component: (await import("./pages/cohorts/new-cohort-page.tsx")).NewCohortPage,
    }),
  },
  {
    path: "cohorts/:cohortId",
    lazy: async () => ({
      Component: (await import("./pages/cohorts/cohort-page.tsx")).CohortPage,
    }),
  },
  {
    path: "implementation",
    lazy: async () => ({
      Component: (await import("./pages/implementation/implementation-page.tsx"))
        .ImplementationPage,
    }),
  },
  {
    path: "implementation/schools/:schoolId",
    lazy: async () => ({
      Component: (await import("./pages/implementation/level-pages.tsx")).SchoolDashboardPage,
    }),
  },
  {
    path: "implementation/teams/:teamId",
    lazy: async () => ({
      Component: (await import("./pages/implementation/level-pages.tsx")).TeamDashboardPage,
    }),
  },
  {
    path: "implementation/teachers/:personId",
    lazy: async () => ({
      Component: (await import("./pages/implementation/level-pages.tsx")).TeacherDashboardPage,
    }),
  },
  {
    path: "mentoring",
    lazy: async () => ({
      Component: (await import("./pages/mentoring/mentoring-page.tsx")).MentoringPage,
    }),
  },
  {
    path: "walkthroughs",
    lazy: async () => ({
      Component: (await import("./pages/walkthroughs/walkthroughs-page.tsx")).WalkthroughsPage,
    }),
  },
  {
    path: "meetings/:meetingId",
    lazy: async () => ({
      Component: (await import("./pages/meetings/meeting-record-page.tsx")).MeetingRecordPage,
    }),
  },
  {
    path: "observations",
    lazy: async () => ({
      Component: (await import("./pages/observations/observations-page.tsx")).ObservationsPage,
    }),
  },
  {
    path: "observations/new",
    lazy: async () => ({
      Component: (await import("./pages/observations/new-walkthrough-page.tsx")).NewWalkthroughPage,
    }),
  },
  {
    path: "observations/new/:teacherId",
    lazy: async () => ({
      Component: (await import("./pages/observations/start-walkthrough-page.tsx"))
        .StartWalkthroughPage,
    }),
  },
  {
    path: "observations/:observationId",
    lazy: async () => ({
      Component: (await import("./pages/observations/observation-page.tsx")).ObservationPage,
    }),
  },
  {
    path: "observations/:observationId/record",
    lazy: async () => ({
      Component: (await import("./pages/observations/record-walkthrough-page.tsx"))
        .RecordWalkthroughPage,
    }),
  },
  {
    path: "collaboration",
    lazy: async () => ({
      Component: (await import("./pages/collaboration/collaboration-page.tsx")).CollaborationPage,
    }),
  },
  {
    path: "collaboration/schedule",
    lazy: async () => ({
      Component: (await import("./pages/collaboration/schedule-page.tsx"))
        .CollaborationSchedulePage,
    }),
  },
  {
    path: "ratings-import",
    lazy: async () => ({
      Component: (await import("./pages/ratings-import/ratings-import-page.tsx")).RatingsImportPage,
    }),
  },
  {
    path: "roster-import",
    lazy: async () => ({
      Component: (await import("./pages/roster-import/roster-import-page.tsx")).RosterImportPage,
    }),
  },
  {
    path: "observation-scale",
    lazy: async () => ({
      Component: (await import("./pages/observation-scale/observation-scale-page.tsx"))
        .ObservationScalePage,
    }),
  },
  {
    path: "coaching",
    lazy: async () => ({
      Component: (await import("./pages/coaching/coaching-page.tsx")).CoachingPage,
    }),
  },
  {
    path: "settings/reminders",
    lazy: async () => ({
      Component: (await import("./pages/reminder-settings/reminder-settings-page.tsx"))
        .ReminderSettingsPage,
    }),
  },
  {
    path: "settings/video",
    lazy: async () => ({
      Component: (await import("./pages/video-settings/video-settings-page.tsx")).VideoSettingsPage,
    }),
  },
  {
    path: "settings/sign-in",
    lazy: async () => ({
      Component: (await import("./pages/sign-in-settings/sign-in-settings-page.tsx"))
        .SignInSettingsPage,
    }),
  },
  {
    path: "sent-mail",
    lazy: async () => ({
      Component: (await import("./pages/sent-mail/sent-mail-page.tsx")).SentMailPage,
    }),
  },
  {
    path: "sent-mail/:messageId",
    lazy: async () => ({
      Component: (await import("./pages/sent-mail/message-page.tsx")).MessagePage,
    }),
  },
  {
    path: "framework",
    lazy: async () => ({
      Component: (await import("./pages/framework/framework-page.tsx")).FrameworkPage,
    }),
  },
  {
    path: "library",
    lazy: async () => ({
      Component: (await import("./pages/library/library-page.tsx")).LibraryPage,
    }),
  },
  {
    path: "framework/stages/:stageId",
    lazy: async () => ({
      Component: (await import("./pages/framework/stage-page.tsx")).FrameworkStagePage,
    }),
  },
  {
    path: "framework/sessions/:sessionId",
    lazy: async () => ({
      Component: (await import("./pages/framework/session-page.tsx")).FrameworkSessionPage,
    }),
  },
  {
    path: "catalogue/events",
    lazy: async () => ({
      Component: (await import("./pages/catalogue/catalogue-events-page.tsx")).CatalogueEventsPage,
    }),
  },
  {
    path: "catalogue/events/:eventId",
    lazy: async () => ({
      Component: (await import("./pages/catalogue/catalogue-event-page.tsx")).CatalogueEventPage,
    }),
  },
  {
    path: "framework/feedback",
    lazy: async () => ({
      Component: (await import("./pages/framework/session-feedback-page.tsx")).SessionFeedbackPage,
    }),
  },
  {
    path: "framework/indicators",
    lazy: async () => ({
      Component: (await import("./pages/framework/indicators-page.tsx")).IndicatorsPage,
    }),
  },
  {
    path: "framework/protocols",
    lazy: async () => ({
      Component: (await import("./pages/framework/protocols-page.tsx")).ProtocolsPage,
    }),
  },
  {
    path: "credentials",
    lazy: async () => ({
      Component: (await import("./pages/credentials/credentials-page.tsx")).CredentialsPage,
    }),
  },
  {
    path: "credentials/new",
    lazy: async () => ({
      Component: (await import("./pages/credentials/new-credential-page.tsx")).NewCredentialPage,
    }),
  },
  {
    path: "credentials/:credentialId",
    lazy: async () => ({
      Component: (await import("./pages/credentials/credential-page.tsx")).CredentialPage,
    }),
  },
  {
    path: "partnerships",
    lazy: async () => ({
      Component: (await import("./pages/partnerships/partnerships-page.tsx")).PartnershipsPage,
    }),
  },
  {
    path: "reviewers",
    lazy: async () => ({
      Component: (await import("./pages/reviewers/reviewers-page.tsx")).ReviewersPage,
    }),
  },
];
