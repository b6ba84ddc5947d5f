import { queryClient, trpc } from "@throughline/app-kit/client";
import type { RouteObject } from "react-router";

/** The app's own pages (startApp adds the shell, the shared pages and "not found"). */
export const routes: RouteObject[] = [
  {
    index: true,
    // The home page's answer is asked for while the page's code downloads, not once it renders.
    // The pending feedback goes in the same batch: its card leads the page, and arriving after
    // the home it would push the whole page down.
    loader: () => {
      void queryClient.prefetchQuery(trpc.teacher.home.queryOptions());
      void queryClient.prefetchQuery(trpc.sessionFeedback.pending.queryOptions());
      return null;
    },
    lazy: async () => ({ Component: (await import("./pages/home-page.tsx")).HomePage }),
  },
  // Larger pages load when first opened, so the home page arrives quickly.
  {
    path: "action-plan",
    lazy: async () => ({
      Component: (await import("./pages/action-plan/action-plan-page.tsx")).ActionPlanPage,
    }),
  },
  {
    path: "meetings",
    lazy: async () => ({
      Component: (await import("./pages/calendar/meetings-page.tsx")).MeetingsPage,
    }),
  },
  {
    path: "meetings/:meetingId",
    lazy: async () => ({
      Component: (await import("./pages/meeting-summary/meeting-summary-page.tsx"))
        .MeetingSummaryPage,
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
  {
    path: "observations",
    lazy: async () => ({
      Component: (await import("./pages/observations/observations-page.tsx")).ObservationsPage,
    }),
  },
  {
    path: "observations/:observationId",
    lazy: async () => ({
      Component: (await import("./pages/observations/observation-page.tsx")).ObservationPage,
    }),
  },
  {
    path: "path",
    lazy: async () => ({ Component: (await import("./pages/stage/path-page.tsx")).PathPage }),
  },
  {
    path: "team",
    lazy: async () => ({
      Component: (await import("./pages/team/team-page.tsx")).TeamPage,
    }),
  },
  {
    path: "team/plans/:planId",
    lazy: async () => ({
      Component: (await import("./pages/team/team-plan-page.tsx")).TeamPlanPage,
    }),
  },
  {
    path: "recommendations",
    lazy: async () => ({
      Component: (await import("./pages/recommendations/recommendations-page.tsx"))
        .RecommendationsPage,
    }),
  },
  {
    path: "stages/:stageId",
    lazy: async () => ({
      Component: (await import("./pages/stage/stage-page.tsx")).StagePage,
    }),
  },
  {
    path: "sessions/:sessionId",
    lazy: async () => ({
      Component: (await import("./pages/session/session-page.tsx")).SessionPage,
    }),
  },
  {
    path: "sessions/:sessionId/after-lesson",
    lazy: async () => ({
      Component: (await import("./pages/session/after-lesson-page.tsx")).AfterLessonPage,
    }),
  },
  {
    path: "catalogue",
    lazy: async () => ({
      Component: (await import("./pages/catalogue/catalogue-page.tsx")).CataloguePage,
    }),
  },
  {
    path: "credentials",
    lazy: async () => ({
      Component: (await import("./pages/credentials/credentials-page.tsx")).CredentialsPage,
    }),
  },
  {
    path: "credentials/:credentialId",
    lazy: async () => ({
      Component: (await import("./pages/credentials/credential-page.tsx")).CredentialPage,
    }),
  },
  {
    path: "credentials/:credentialId/submission",
    lazy: async () => ({
      Component: (await import("./pages/credentials/submission-page.tsx")).SubmissionPage,
    }),
  },
  {
    path: "badges",
    lazy: async () => ({
      Component: (await import("./pages/badges/badges-page.tsx")).BadgesPage,
    }),
  },
  {
    path: "pd-hours",
    lazy: async () => ({
      Component: (await import("./pages/transcript/transcript-page.tsx")).TranscriptPage,
    }),
  },
  {
    path: "pd-credit",
    lazy: async () => ({
      Component: (await import("./pages/external-pd/requests-page.tsx")).ExternalPdRequestsPage,
    }),
  },
  {
    path: "pd-credit/new",
    lazy: async () => ({
      Component: (await import("./pages/external-pd/new-request-page.tsx"))
        .NewExternalPdRequestPage,
    }),
  },
  {
    path: "pd-credit/:requestId/edit",
    lazy: async () => ({
      Component: (await import("./pages/external-pd/edit-request-page.tsx"))
        .EditExternalPdRequestPage,
    }),
  },
  {
    path: "videos",
    lazy: async () => ({
      Component: (await import("./pages/video/videos-page.tsx")).VideosPage,
    }),
  },
  {
    path: "videos/:videoId",
    lazy: async () => ({
      Component: (await import("./pages/video/video-page.tsx")).VideoPage,
    }),
  },
];
