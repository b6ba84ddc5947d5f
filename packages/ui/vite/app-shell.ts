/*
 * Every app's page: its title, the head's meta tags, the preload of the first `viewer.me`
 * request, the loading state painted before any script runs and the app's script. Written once
 * here and made at build time (and by the dev server) in place of each app's index.html, which
 * Vite needs as the entry but which holds nothing of its own.
 */

import { VIEWER_ME_PRELOAD } from "./first-requests.ts";

interface HtmlTag {
  tag: string;
  attrs: Record<string, string>;
  injectTo: "head-prepend" | "head";
}

/** The part of Vite's plugin interface this uses (the config imports the plugin by path). */
interface AppShellPlugin {
  name: string;
  transformIndexHtml: {
    order: "pre";
    handler: () => { html: string; tags: HtmlTag[] };
  };
}

const headTags: HtmlTag[] = [
  { tag: "meta", attrs: { charset: "UTF-8" }, injectTo: "head-prepend" },
  {
    tag: "meta",
    attrs: { name: "viewport", content: "width=device-width, initial-scale=1.0" },
    injectTo: "head-prepend",
  },
  { tag: "meta", attrs: { name: "color-scheme", content: "light" }, injectTo: "head" },
  { tag: "meta", attrs: { name: "theme-color", content: "#1b5e75" }, injectTo: "head" },
  {
    tag: "link",
    attrs: { rel: "icon", type: "image/svg+xml", href: "/favicon.svg" },
    injectTo: "head",
  },
  // Who is signed in, asked for while the scripts download rather than after they run.
  {
    tag: "link",
    attrs: { rel: "preload", as: "fetch", crossorigin: "use-credentials", href: VIEWER_ME_PRELOAD },
    injectTo: "head",
  },
];

/**
 * Painted before any script runs: the same quiet loading state the app shows first
 * (`FullPageLoading`), which React replaces when it draws the sign-in page or the app.
 */
function loadingState(appName: string): string {
  return `<main id="main" class="flex min-h-dvh items-center justify-center px-4">
        <div role="status" aria-busy="true" class="flex flex-col items-center gap-3 text-muted-foreground">
          <svg aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="size-8 animate-spin text-primary"><path d="M21 12a9 9 0 1 1-6.219-8.56" /></svg>
          <span class="text-sm">Loading ${appName}…</span>
        </div>
      </main>`;
}

/** The page of the app called `appName` (e.g. "My learning"), before Vite adds its assets. */
function appPage(appName: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <title>Throughline — ${appName}</title>
  </head>
  <body>
    <noscript>Throughline needs JavaScript turned on.</noscript>
    <div id="root">
      ${loadingState(appName)}
    </div>
    <script type="module" src="/src/main.tsx"></script>
  </body>
</html>
`;
}

/**
 * The shared page for the app called `appName`. It runs before Vite reads the page, so Vite
 * bundles the script this names as it would one written in index.html.
 */
export function appShell(appName: string): AppShellPlugin {
  return {
    name: "throughline-app-shell",
    transformIndexHtml: {
      order: "pre",
      handler: () => ({ html: appPage(appName), tags: headTags }),
    },
  };
}
