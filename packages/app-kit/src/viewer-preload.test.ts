import { afterEach, describe, expect, it, vi } from "vitest";
// A relative path, as the apps' Vite configs import it: the plugin is build code, not a package export.
import { appShell } from "../../ui/vite/app-shell.ts";
import { VIEWER_ME_PRELOAD } from "../../ui/vite/first-requests.ts";
import { queryClient, trpc } from "./client.ts";

/*
 * Each app's page preloads the first `viewer.me` request (`appShell`, put into every index.html
 * at build) so it runs while the scripts download (start-app.tsx asks it alone at start). A preload is only taken when the request is
 * the same address; if tRPC or superjson ever write it differently, the preload is wasted and
 * the sign-in page and home wait a round trip longer, silently. This says so instead.
 */

afterEach(() => {
  vi.unstubAllGlobals();
  queryClient.clear();
});

describe("the viewer.me preload every app's page carries", () => {
  it("is the address the app's first viewer.me query asks", async () => {
    const asked: string[] = [];
    vi.stubGlobal("fetch", async (input: RequestInfo | URL) => {
      asked.push(String(input));
      throw new Error("no server in this test");
    });
    await queryClient
      .fetchQuery({ ...trpc.viewer.me.queryOptions(), retry: false })
      .catch(() => undefined);
    expect(asked).toEqual([VIEWER_ME_PRELOAD]);
  });

  it("is put into the page with the loading state painted before any script", () => {
    const page = appShell("My learning").transformIndexHtml.handler();
    expect(page.tags.map((tag) => tag.attrs.href)).toContain(VIEWER_ME_PRELOAD);
    expect(page.html).toContain("<title>Throughline — My learning</title>");
    expect(page.html).toContain("Loading My learning…");
    expect(page.html).toContain("<noscript>");
    expect(page.html.indexOf("Loading My learning…")).toBeLessThan(
      page.html.indexOf('<script type="module" src="/src/main.tsx">'),
    );
  });
});
