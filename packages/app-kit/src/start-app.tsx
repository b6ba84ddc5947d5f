import { QueryClientProvider } from "@tanstack/react-query";
import type { AppName } from "@throughline/domain/rules/app-access";
import { throughlineApps } from "@throughline/ui/apps";
import { FullPageLoading } from "@throughline/ui/loading";
import { NotFound } from "@throughline/ui/not-found";
import { RouteError } from "@throughline/ui/route-error";
import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter, type RouteObject } from "react-router";
import { ThisAppContext } from "./app-context.tsx";
import { isUnauthorizedError } from "./app-gate.tsx";
import { AppLayout, type AppNav } from "./app-layout.tsx";
import { AppRoot, startRouter } from "./app-root.tsx";
import { queryClient, trpc } from "./client.ts";

export interface AppDefinition {
  app: AppName;
  /** The app's sections, for the shell's navigation. */
  nav: AppNav;
  /** The app's own pages; the notification and account pages are added for every app. */
  routes: RouteObject[];
  /** `import.meta.env.DEV` of the app's build. */
  dev: boolean;
}

/** The pages every app shares, loaded when first opened. */
const sharedRoutes: RouteObject[] = [
  {
    path: "notifications",
    lazy: async () => ({ Component: (await import("./shared-pages.tsx")).NotificationsPage }),
  },
  {
    path: "notifications/settings",
    lazy: async () => ({
      Component: (await import("./shared-pages.tsx")).NotificationSettingsPage,
    }),
  },
  {
    path: "account",
    lazy: async () => ({ Component: (await import("./shared-pages.tsx")).AccountPage }),
  },
];

/** Builds the app's router under `/<app>` and draws it into `#root`. */
export function startApp({ app, nav, routes, dev }: AppDefinition): void {
  // Who is signed in, asked now, while the first page's code loads, not once it has rendered:
  // alone in its batch, this is the request every page preloads (packages/ui/vite/app-shell.ts),
  // so it takes that answer.
  // A refusal (signed out) is the answer, not a failure to ask again when the gate mounts:
  // otherwise the sign-in page would wait for a second, identical request.
  queryClient.setQueryDefaults(trpc.viewer.me.queryKey(), { retryOnMount: false });
  const firstViewer = queryClient.prefetchQuery(trpc.viewer.me.queryOptions());
  const loading = <FullPageLoading label={`Loading ${throughlineApps[app].name}…`} />;
  const createRouter = () =>
    createBrowserRouter(
      [
        {
          path: "/",
          element: <AppLayout nav={nav} />,
          errorElement: <RouteError />,
          // Pages load when first opened; until the first one has, a quiet spinner.
          hydrateFallbackElement: loading,
          children: [...routes, ...sharedRoutes, { path: "*", element: <NotFound /> }],
        },
      ],
      { basename: `/${app}` },
    );
  // Someone who may see a page: their first page's code is asked for at once, not after the
  // first render (a signed-out visitor gets the sign-in page and no page code: app-root.tsx).
  void firstViewer.then(() => {
    if (!isUnauthorizedError(queryClient.getQueryState(trpc.viewer.me.queryKey())?.error)) {
      startRouter(createRouter);
    }
  });
  const container = document.getElementById("root");
  if (!container) throw new Error("The page has no #root element to render into.");
  const root = createRoot(container);
  // A transition: React renders the first screen in slices of a few milliseconds, yielding to
  // the browser between them, instead of one long task that holds a slow phone's main thread.
  // The page's loading state stays painted until the screen is ready.
  startTransition(() => {
    root.render(
      <StrictMode>
        <ThisAppContext value={{ app, dev }}>
          <QueryClientProvider client={queryClient}>
            <AppRoot app={app} createRouter={createRouter} />
          </QueryClientProvider>
        </ThisAppContext>
      </StrictMode>,
    );
  });
}
