// A relative path, as the apps' Vite configs import it: build code shared with the apps, not a package export.
import { HOME_QUERIES, queryBatchAddress } from "../../../packages/ui/vite/first-requests.ts";

/*
 * A signed-in person opening an app's home page waits for the page's code and data, and the app
 * only asks for the home route's code and data once its entry script has downloaded and run.
 * Sent with the page, a `Link` header has the browser ask for all of it at once. The order is
 * the order of need, since a phone opens only a few connections at a time: the page's own
 * stylesheet and entry scripts, who is signed in, the home's data, then the home route's
 * scripts. Each is asked exactly as the page and the app then ask it, so those requests take
 * these answers. Sent only to someone who carries a session cookie: anyone else gets the
 * sign-in page, which needs none of the home's.
 */

/** The home route's module in each app (its router's index route), as the bundle report names it. */
export function homeRouteModule(app: string): string {
  return `apps/${app}/src/pages/home-page.tsx`;
}

/** A tag of the built page's head, its address and what it is, in the page's order. */
const HEAD_RESOURCE =
  /<(?:script type="module" crossorigin src|link rel="(modulepreload|stylesheet|preload)"[^>]*?href)="([^"]+)"/g;

/**
 * The page's own head resources (`index.html` as built) as `Link` entries, the same requests
 * the page makes: stylesheets first (they hold the first paint), then its scripts, then the
 * data it preloads itself.
 */
function pageResources(html: string): string[] {
  const styles: string[] = [];
  const scripts: string[] = [];
  const data: string[] = [];
  for (const [, rel, rawHref] of html.matchAll(HEAD_RESOURCE)) {
    const href = rawHref?.replaceAll("&amp;", "&");
    if (rel === "stylesheet") styles.push(`<${href}>; rel=preload; as=style; crossorigin`);
    else if (rel === "preload")
      data.push(`<${href}>; rel=preload; as=fetch; crossorigin=use-credentials`);
    else scripts.push(`<${href}>; rel=modulepreload`);
  }
  return [...styles, ...scripts, ...data];
}

/**
 * The `Link` header value for `app`'s home page, from its built `index.html` and `homeChunks`
 * (file names under the app, from `homeRouteChunks`).
 */
export function homePagePreloads(
  app: string,
  built: { indexHtml: string; homeChunks: readonly string[] },
): string {
  const queries = HOME_QUERIES[app as keyof typeof HOME_QUERIES];
  const data = queries
    ? [`<${queryBatchAddress(queries)}>; rel=preload; as=fetch; crossorigin=use-credentials`]
    : [];
  const scripts = built.homeChunks.map((chunk) => `</${app}/${chunk}>; rel=modulepreload`);
  return [...pageResources(built.indexHtml), ...data, ...scripts].join(", ");
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
