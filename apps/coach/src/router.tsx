import { NotFound } from "@throughline/ui/not-found";
import { RouteError } from "@throughline/ui/route-error";
import { createBrowserRouter } from "react-router";
import { AccountPage } from "./pages/account/account-page.tsx";
import { CalibrationPage } from "./pages/calibration/calibration-page.tsx";
import { CohortPage } from "./pages/cohort/cohort-page.tsx";
import { CohortsPage } from "./pages/cohort/cohorts-page.tsx";
import { HomePage } from "./pages/home-page.tsx";
import { MeetingsPage } from "./pages/meetings/meetings-page.tsx";
import { SchedulePage } from "./pages/meetings/schedule-page.tsx";
import { NotificationSettingsPage } from "./pages/notifications/notification-settings-page.tsx";
import { NotificationsPage } from "./pages/notifications/notifications-page.tsx";
import { ObservationDetailPage } from "./pages/observations/observation-detail-page.tsx";
import { ObservationsPage } from "./pages/observations/observations-page.tsx";
import { NewObservationPage } from "./pages/observe/new-observation-page.tsx";
import { RecordObservationPage } from "./pages/observe/record-observation-page.tsx";
import { ReviewPage } from "./pages/reviews/review-page.tsx";
import { ReviewsPage } from "./pages/reviews/reviews-page.tsx";
import { TeacherPage } from "./pages/teacher/teacher-page.tsx";
import { TeamPage } from "./pages/team/team-page.tsx";
import { RootLayout } from "./root-layout.tsx";

export const router = createBrowserRouter(
  [
    {
      path: "/",
      element: <RootLayout />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <HomePage /> },
        { path: "teachers/:personId", element: <TeacherPage /> },
        { path: "observe/new", element: <NewObservationPage /> },
        { path: "observe/:observationId", element: <RecordObservationPage /> },
        { path: "observations", element: <ObservationsPage /> },
        { path: "observations/:observationId", element: <ObservationDetailPage /> },
        { path: "teams/:teamId", element: <TeamPage /> },
        { path: "cohorts", element: <CohortsPage /> },
        { path: "cohorts/:cohortId", element: <CohortPage /> },
        { path: "meetings", element: <MeetingsPage /> },
        { path: "meetings/new", element: <SchedulePage /> },
        {
          path: "meetings/:meetingId",
          lazy: async () => ({
            Component: (await import("./pages/meeting-room/meeting-room-page.tsx")).MeetingRoomPage,
          }),
        },
        {
          path: "calendar",
          lazy: async () => ({
            Component: (await import("./pages/calendar/calendar-page.tsx")).CalendarPage,
          }),
        },
        { path: "reviews", element: <ReviewsPage /> },
        { path: "reviews/:submissionId", element: <ReviewPage /> },
        { path: "calibration/:credentialId", element: <CalibrationPage /> },
        { path: "notifications", element: <NotificationsPage /> },
        { path: "notifications/settings", element: <NotificationSettingsPage /> },
        { path: "account", element: <AccountPage /> },
        { path: "*", element: <NotFound /> },
      ],
    },
  ],
  { basename: "/coach" },
);
