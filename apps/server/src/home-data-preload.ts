// A relative path, as the apps' Vite configs import it: build code shared with the apps, not a package export.
import { HOME_QUERIES, queryBatchAddress } from "../../../packages/ui/vite/first-requests.ts";

/*
 * A signed-in person opening an app's home page waits for the page's code and data, and the app
 * only asks for them once its entry script has downloaded and run. Sent with the page, a `Link`
 * header has the browser ask for the home route's scripts and its first batch of data at once,
 * beside the entry; the app's own requests then take those answers. Sent only to someone who
 * carries a session cookie: anyone else gets the sign-in page, which needs neither.
 */

/** The home route's module in each app (its router's index route), as the bundle report names it. */
export function homeRouteModule(app: string): string {
  return `apps/${app}/src/pages/home-page.tsx`;
}

/**
 * The `Link` header value for `app`'s home page: a modulepreload of each of `homeChunks` (file
 * names under the app, from `homeRouteChunks`) and a preload of the home's first data batch.
 */
export function homePagePreloads(app: string, homeChunks: readonly string[]): string {
  const scripts = homeChunks.map((chunk) => `</${app}/${chunk}>; rel=modulepreload`);
  const queries = HOME_QUERIES[app as keyof typeof HOME_QUERIES];
  const data = queries
    ? [`<${queryBatchAddress(queries)}>; rel=preload; as=fetch; crossorigin=use-credentials`]
    : [];
  return [...data, ...scripts].join(", ");
}

/**
 * Better Auth's session cookie, with or without the `__Secure-` prefix. Only its presence is
 * read here: whether it is valid is the API's to decide when the preloaded request arrives.
 */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=/;

/** Whether a request's `Cookie` header carries a session cookie at all. */
export function carriesSessionCookie(cookieHeader: string | undefined): boolean {
  return cookieHeader !== undefined && SESSION_COOKIE.test(cookieHeader);
}
