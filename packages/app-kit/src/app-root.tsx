import { useQuery } from "@tanstack/react-query";
import type { AppName } from "@throughline/domain/rules/app-access";
import { throughlineApps } from "@throughline/ui/apps";
import { FullPageLoading } from "@throughline/ui/loading";
import { useDeferredValue } from "react";
import type { createBrowserRouter } from "react-router";
import { RouterProvider } from "react-router/dom";
import { isUnauthorizedError } from "./app-gate.tsx";
import { signIn, trpc } from "./client.ts";
import { SignInPage } from "./sign-in-page.tsx";

type Router = ReturnType<typeof createBrowserRouter>;

interface AppRootProps {
  app: AppName;
  /** Builds the app's router; called once, when someone may be shown a page. */
  createRouter: () => Router;
}

let router: Router | undefined;

/**
 * Builds the app's router, once. `startApp` calls this as soon as the first `viewer.me` answers
 * with anyone but a signed-out visitor, so the first page's code is asked for then rather than
 * after React's first render; `AppRoot` calls it otherwise.
 */
export function startRouter(createRouter: () => Router): Router {
  router ??= createRouter();
  return router;
}

/**
 * What the app draws first. A visitor who is not signed in gets the sign-in page at once: the
 * router is not built yet, so none of the address's page code is downloaded or run for someone
 * who cannot see it (that work only delayed the sign-in page and kept its main thread busy).
 * Anyone else gets the router, built once and kept: from then on the gate in the root route
 * decides (after signing out, say), and a visitor who signs in lands on the address they opened.
 */
export function AppRoot({ app, createRouter }: AppRootProps) {
  const viewer = useQuery(trpc.viewer.me.queryOptions());
  const appName = throughlineApps[app].name;
  const wanted: "sign-in" | "loading" | "app" = router
    ? "app"
    : isUnauthorizedError(viewer.error)
      ? "sign-in"
      : // The first viewer.me was preloaded with the page, so this is usually answered already.
        viewer.isPending
        ? "loading"
        : "app";
  // viewer.me's answer is an urgent update, which React renders in one piece: the whole first
  // screen (shell, page, and often its data, all preloaded) drawn in one long task on a slow
  // phone. Deferred, the loading state stays while that screen renders in a background render
  // that yields to the browser every few milliseconds.
  const drawn = useDeferredValue(wanted);
  if (drawn === "sign-in") return <SignInPage appName={appName} app={app} onSubmit={signIn} />;
  if (drawn === "loading") return <FullPageLoading label={`Loading ${appName}…`} />;
  return <RouterProvider router={startRouter(createRouter)} />;
}
