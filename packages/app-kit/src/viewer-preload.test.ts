import { readFile } from "node:fs/promises";
import { afterEach, describe, expect, it, vi } from "vitest";
import { queryClient, trpc } from "./client.ts";

/*
 * Each app's index.html preloads the first `viewer.me` request so it runs while the scripts
 * download (start-app.tsx asks it alone at start). A preload is only taken when the request is
 * the same address; if tRPC or superjson ever write it differently, the preload is wasted and
 * the sign-in page and home wait a round trip longer, silently. This says so instead.
 */

const APPS = ["teacher", "coach", "admin"] as const;

function preloadedAddress(html: string): string | undefined {
  const tag = /<link rel="preload" as="fetch" crossorigin="use-credentials" href="([^"]+)"/.exec(
    html,
  );
  return tag?.[1]?.replaceAll("&amp;", "&");
}

afterEach(() => {
  vi.unstubAllGlobals();
  queryClient.clear();
});

describe("the viewer.me preload in each app's index.html", () => {
  it("is the address the app's first viewer.me query asks", async () => {
    const asked: string[] = [];
    vi.stubGlobal("fetch", async (input: RequestInfo | URL) => {
      asked.push(String(input));
      throw new Error("no server in this test");
    });
    await queryClient
      .fetchQuery({ ...trpc.viewer.me.queryOptions(), retry: false })
      .catch(() => undefined);
    expect(asked).toHaveLength(1);
    for (const app of APPS) {
      const html = await readFile(
        new URL(`../../../apps/${app}/index.html`, import.meta.url),
        "utf8",
      );
      expect(preloadedAddress(html), app).toBe(asked[0]);
    }
  });
});
