import { queryClient, trpc } from "@throughline/app-kit/client";
import type { RouteObject } from "react-router";

/** The app's own pages (startApp adds the shell, the shared pages and "not found"). */
export const routes: RouteObject[] = [
  {
    index: true,
    // The home page's answer is asked for while the page's code downloads, not once it renders.
    loader: () => {
      void queryClient.prefetchQuery(trpc.caseload.mine.queryOptions());
      return null;
    },
    lazy: async () => ({ Component: (await import("./pages/home-page.tsx")).HomePage }),
  },
  {
    path: "teachers/:personId",
    lazy: async () => ({
      Component: (await import("./pages/teacher/teacher-page.tsx")).TeacherPage,
    }),
  },
  {
    path: "observe/new",
    lazy: async () => ({
      Component: (await import("./pages/observe/new-observation-page.tsx")).NewObservationPage,
    }),
  },
  {
    path: "observe/:observationId",
    lazy: async () => ({
      Component: (await import("./pages/observe/record-observation-page.tsx"))
        .RecordObservationPage,
    }),
  },
  {
    path: "observations",
    lazy: async () => ({
      Component: (await import("./pages/observations/observations-page.tsx")).ObservationsPage,
    }),
  },
  {
    path: "observations/:observationId",
    lazy: async () => ({
      Component: (await import("./pages/observations/observation-detail-page.tsx"))
        .ObservationDetailPage,
    }),
  },
  {
    path: "teams/:teamId",
    lazy: async () => ({ Component: (await import("./pages/team/team-page.tsx")).TeamPage }),
  },
  {
    path: "teams/:teamId/goals/new",
    lazy: async () => ({
      Component: (await import("./pages/team/goal/goal-form-page.tsx")).GoalFormPage,
    }),
  },
  {
    path: "teams/:teamId/goals/:goalId",
    lazy: async () => ({
      Component: (await import("./pages/team/goal/goal-form-page.tsx")).GoalFormPage,
    }),
  },
  {
    path: "coaching-log",
    lazy: async () => ({
      Component: (await import("./pages/coaching-log/coaching-log-page.tsx")).CoachingLogPage,
    }),
  },
  {
    path: "cohorts",
    lazy: async () => ({
      Component: (await import("./pages/cohort/cohorts-page.tsx")).CohortsPage,
    }),
  },
  {
    path: "cohorts/:cohortId",
    lazy: async () => ({
      Component: (await import("./pages/cohort/cohort-page.tsx")).CohortPage,
    }),
  },
  {
    path: "meetings",
    lazy: async () => ({
      Component: (await import("./pages/meetings/meetings-page.tsx")).MeetingsPage,
    }),
  },
  {
    path: "meetings/new",
    lazy: async () => ({
      Component: (await import("./pages/meetings/schedule-page.tsx")).SchedulePage,
    }),
  },
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
  {
    path: "reviews",
    lazy: async () => ({
      Component: (await import("./pages/reviews/reviews-page.tsx")).ReviewsPage,
    }),
  },
  {
    path: "reviews/:submissionId",
    lazy: async () => ({
      Component: (await import("./pages/reviews/review-page.tsx")).ReviewPage,
    }),
  },
  {
    path: "calibration/:credentialId",
    lazy: async () => ({
      Component: (await import("./pages/calibration/calibration-page.tsx")).CalibrationPage,
    }),
  },
  {
    path: "videos",
    lazy: async () => ({
      Component: (await import("./pages/video/shared-videos-page.tsx")).SharedVideosPage,
    }),
  },
  {
    path: "videos/:videoId",
    lazy: async () => ({
      Component: (await import("./pages/video/video-page.tsx")).VideoPage,
    }),
  },
  {
    path: "mentoring",
    lazy: async () => ({
      Component: (await import("./pages/mentoring/mentoring-page.tsx")).MentoringPage,
    }),
  },
  {
    path: "mentoring/:menteeId",
    lazy: async () => ({
      Component: (await import("./pages/mentoring/mentee-page.tsx")).MenteePage,
    }),
  },
];
