import { NotFound } from "@throughline/ui/not-found";
import { RouteError } from "@throughline/ui/route-error";
import { createBrowserRouter } from "react-router";
import { AccountPage } from "./pages/account/account-page.tsx";
import { AuditLogPage } from "./pages/audit-log/audit-log-page.tsx";
import { CohortPage } from "./pages/cohorts/cohort-page.tsx";
import { CohortsPage } from "./pages/cohorts/cohorts-page.tsx";
import { NewCohortPage } from "./pages/cohorts/new-cohort-page.tsx";
import { CollaborationPage } from "./pages/collaboration/collaboration-page.tsx";
import { CollaborationSchedulePage } from "./pages/collaboration/schedule-page.tsx";
import { CredentialPage } from "./pages/credentials/credential-page.tsx";
import { CredentialsPage } from "./pages/credentials/credentials-page.tsx";
import { NewCredentialPage } from "./pages/credentials/new-credential-page.tsx";
import { FrameworkPage } from "./pages/framework/framework-page.tsx";
import { IndicatorsPage } from "./pages/framework/indicators-page.tsx";
import { ProtocolsPage } from "./pages/framework/protocols-page.tsx";
import { FrameworkSessionPage } from "./pages/framework/session-page.tsx";
import { FrameworkStagePage } from "./pages/framework/stage-page.tsx";
import { GettingStartedPage } from "./pages/getting-started/getting-started-page.tsx";
import { HomePage } from "./pages/home-page.tsx";
import { ImplementationPage } from "./pages/implementation/implementation-page.tsx";
import {
  SchoolDashboardPage,
  TeacherDashboardPage,
  TeamDashboardPage,
} from "./pages/implementation/level-pages.tsx";
import { MeetingRecordPage } from "./pages/meetings/meeting-record-page.tsx";
import { NotificationSettingsPage } from "./pages/notifications/notification-settings-page.tsx";
import { NotificationsPage } from "./pages/notifications/notifications-page.tsx";
import { ObservationScalePage } from "./pages/observation-scale/observation-scale-page.tsx";
import { NewWalkthroughPage } from "./pages/observations/new-walkthrough-page.tsx";
import { ObservationPage } from "./pages/observations/observation-page.tsx";
import { ObservationsPage } from "./pages/observations/observations-page.tsx";
import { RecordWalkthroughPage } from "./pages/observations/record-walkthrough-page.tsx";
import { StartWalkthroughPage } from "./pages/observations/start-walkthrough-page.tsx";
import { InvitationsPage } from "./pages/people/invitations-page.tsx";
import { NewPersonPage } from "./pages/people/new-person-page.tsx";
import { PeoplePage } from "./pages/people/people-page.tsx";
import { PersonPage } from "./pages/people/person-page.tsx";
import { SchoolsPage } from "./pages/people/schools-page.tsx";
import { TeamsPage } from "./pages/people/teams-page.tsx";
import { RatingsImportPage } from "./pages/ratings-import/ratings-import-page.tsx";
import { ReminderSettingsPage } from "./pages/reminder-settings/reminder-settings-page.tsx";
import { ReviewersPage } from "./pages/reviewers/reviewers-page.tsx";
import { RosterImportPage } from "./pages/roster-import/roster-import-page.tsx";
import { MessagePage } from "./pages/sent-mail/message-page.tsx";
import { SentMailPage } from "./pages/sent-mail/sent-mail-page.tsx";
import { SignInSettingsPage } from "./pages/sign-in-settings/sign-in-settings-page.tsx";
import { WalkthroughsPage } from "./pages/walkthroughs/walkthroughs-page.tsx";
import { RootLayout } from "./root-layout.tsx";

export const router = createBrowserRouter(
  [
    {
      path: "/",
      element: <RootLayout />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <HomePage /> },
        { path: "getting-started", element: <GettingStartedPage /> },
        { path: "people", element: <PeoplePage /> },
        { path: "audit-log", element: <AuditLogPage /> },
        { path: "people/new", element: <NewPersonPage /> },
        { path: "people/invitations", element: <InvitationsPage /> },
        { path: "people/schools", element: <SchoolsPage /> },
        { path: "people/teams", element: <TeamsPage /> },
        { path: "people/:personId", element: <PersonPage /> },
        { path: "cohorts", element: <CohortsPage /> },
        { path: "cohorts/new", element: <NewCohortPage /> },
        { path: "cohorts/:cohortId", element: <CohortPage /> },
        { path: "implementation", element: <ImplementationPage /> },
        { path: "implementation/schools/:schoolId", element: <SchoolDashboardPage /> },
        { path: "implementation/teams/:teamId", element: <TeamDashboardPage /> },
        { path: "implementation/teachers/:personId", element: <TeacherDashboardPage /> },
        { path: "walkthroughs", element: <WalkthroughsPage /> },
        { path: "meetings/:meetingId", element: <MeetingRecordPage /> },
        { path: "observations", element: <ObservationsPage /> },
        { path: "observations/new", element: <NewWalkthroughPage /> },
        { path: "observations/new/:teacherId", element: <StartWalkthroughPage /> },
        { path: "observations/:observationId", element: <ObservationPage /> },
        { path: "observations/:observationId/record", element: <RecordWalkthroughPage /> },
        { path: "collaboration", element: <CollaborationPage /> },
        { path: "collaboration/schedule", element: <CollaborationSchedulePage /> },
        { path: "ratings-import", element: <RatingsImportPage /> },
        { path: "roster-import", element: <RosterImportPage /> },
        { path: "observation-scale", element: <ObservationScalePage /> },
        { path: "settings/reminders", element: <ReminderSettingsPage /> },
        { path: "settings/sign-in", element: <SignInSettingsPage /> },
        { path: "sent-mail", element: <SentMailPage /> },
        { path: "sent-mail/:messageId", element: <MessagePage /> },
        { path: "notifications", element: <NotificationsPage /> },
        { path: "notifications/settings", element: <NotificationSettingsPage /> },
        { path: "account", element: <AccountPage /> },
        { path: "framework", element: <FrameworkPage /> },
        { path: "framework/stages/:stageId", element: <FrameworkStagePage /> },
        { path: "framework/sessions/:sessionId", element: <FrameworkSessionPage /> },
        { path: "framework/indicators", element: <IndicatorsPage /> },
        { path: "framework/protocols", element: <ProtocolsPage /> },
        { path: "credentials", element: <CredentialsPage /> },
        { path: "credentials/new", element: <NewCredentialPage /> },
        { path: "credentials/:credentialId", element: <CredentialPage /> },
        { path: "reviewers", element: <ReviewersPage /> },
        { path: "*", element: <NotFound /> },
      ],
    },
  ],
  { basename: "/admin" },
);
