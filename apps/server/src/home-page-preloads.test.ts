import { describe, expect, it } from "vitest";
// A relative path, as home-page-preloads.ts imports it: build code shared with the apps.
import { HOME_QUERIES, queryBatchAddress } from "../../../packages/ui/vite/first-requests.ts";
import { carriesSessionCookie, homePagePreloads } from "./home-page-preloads.ts";

/** The head of a built app page, as Vite writes it (packages/ui/vite/app-shell.ts adds the preload). */
const indexHtml = `<head>
    <link rel="icon" type="image/svg+xml" href="/teacher/favicon.svg">
    <link rel="preload" as="fetch" crossorigin="use-credentials" href="/trpc/viewer.me?batch=1&amp;input=x">
    <script type="module" crossorigin src="/teacher/assets/index-A1.js"></script>
    <link rel="modulepreload" crossorigin href="/teacher/assets/react-B2.js">
    <link rel="stylesheet" crossorigin href="/teacher/assets/index-C3.css">
  </head>`;

describe("a signed-in home page's preloads", () => {
  it("ask in the order of need: style, the page's scripts, who is signed in, the home's data, its scripts", () => {
    const entries = homePagePreloads("teacher", {
      indexHtml,
      homeChunks: ["assets/home-page-D4.js", "assets/card-E5.js"],
    }).split(", ");
    expect(entries).toEqual([
      "</teacher/assets/index-C3.css>; rel=preload; as=style; crossorigin",
      "</teacher/assets/index-A1.js>; rel=modulepreload",
      "</teacher/assets/react-B2.js>; rel=modulepreload",
      "</trpc/viewer.me?batch=1&input=x>; rel=preload; as=fetch; crossorigin=use-credentials",
      // The teacher home's first batch, as its route's loader asks it (first-requests.ts).
      `<${queryBatchAddress(HOME_QUERIES.teacher)}>; rel=preload; as=fetch; crossorigin=use-credentials`,
      "</teacher/assets/home-page-D4.js>; rel=modulepreload",
      "</teacher/assets/card-E5.js>; rel=modulepreload",
    ]);
  });

  it("are for someone who carries a session cookie, with or without the secure prefix", () => {
    expect(carriesSessionCookie("a=1; better-auth.session_token=t.s")).toBe(true);
    expect(carriesSessionCookie("__Secure-better-auth.session_token=t.s")).toBe(true);
    expect(carriesSessionCookie("x-better-auth.session_token=t.s")).toBe(false);
    expect(carriesSessionCookie(undefined)).toBe(false);
  });
});
