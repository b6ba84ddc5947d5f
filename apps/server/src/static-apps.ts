import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Hono } from "hono";

export const ROLE_APPS = ["teacher", "coach", "admin"] as const;

/** The built single-page apps, next to this server in the monorepo. */
function distFolderOf(app: string): string {
  return fileURLToPath(new URL(`../../${app}/dist`, import.meta.url));
}

/**
 * Serves each built app under its own path (/teacher, /coach, /admin). Files are served as they
 * are; any other path inside an app gets its index.html so the app's router can take over.
 */
export async function mountBuiltApps(server: Hono): Promise<void> {
  for (const app of ROLE_APPS) {
    const dist = distFolderOf(app);
    const indexHtml = await readFile(join(dist, "index.html"), "utf8").catch(() => {
      throw new Error(`The ${app} app is not built (no ${dist}/index.html). Run the build first.`);
    });
    // serveStatic resolves its root against the working directory.
    const root = relative(process.cwd(), dist) || ".";
    // The query goes along: an app's own address for its home page can carry state in it
    // (the coach's caseload filters are "/coach?team=…"), and a shared link must keep it.
    server.get(`/${app}`, (c) => c.redirect(`/${app}/${new URL(c.req.url).search}`, 301));
    server.use(
      `/${app}/*`,
      serveStatic({ root, rewriteRequestPath: (path) => path.slice(app.length + 1) }),
    );
    server.get(`/${app}/*`, (c) => c.html(indexHtml));
  }
}
