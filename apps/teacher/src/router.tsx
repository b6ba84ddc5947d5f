import { NotFound } from "@throughline/ui/not-found";
import { RouteError } from "@throughline/ui/route-error";
import { createBrowserRouter } from "react-router";
import { ActionPlanPage } from "./pages/action-plan/action-plan-page.tsx";
import { HomePage } from "./pages/home-page.tsx";
import { SessionPage } from "./pages/session/session-page.tsx";
import { PathPage } from "./pages/stage/path-page.tsx";
import { StagePage } from "./pages/stage/stage-page.tsx";
import { TranscriptPage } from "./pages/transcript/transcript-page.tsx";
import { RootLayout } from "./root-layout.tsx";

export const router = createBrowserRouter(
  [
    {
      path: "/",
      element: <RootLayout />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <HomePage /> },
        { path: "action-plan", element: <ActionPlanPage /> },
        { path: "path", element: <PathPage /> },
        { path: "stages/:stageId", element: <StagePage /> },
        { path: "sessions/:sessionId", element: <SessionPage /> },
        { path: "pd-hours", element: <TranscriptPage /> },
        { path: "*", element: <NotFound /> },
      ],
    },
  ],
  { basename: "/teacher" },
);
