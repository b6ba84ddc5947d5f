import { NotFound } from "@throughline/ui/not-found";
import { RouteError } from "@throughline/ui/route-error";
import { createBrowserRouter } from "react-router";
import { HomePage } from "./pages/home-page.tsx";
import { RootLayout } from "./root-layout.tsx";

export const router = createBrowserRouter(
  [
    {
      path: "/",
      element: <RootLayout />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <HomePage /> },
        { path: "*", element: <NotFound /> },
      ],
    },
  ],
  { basename: "/coach" },
);
