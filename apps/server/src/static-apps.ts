import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Context, Hono } from "hono";
import { type ContentEncoding, chooseEncoding } from "./compression/accept-encoding.ts";
import { type BuiltFile, loadBuiltFiles } from "./compression/built-files.ts";
import { carriesSessionCookie, homePagePreloads, homeRouteModule } from "./home-page-preloads.ts";
import { homeRouteChunks } from "./home-route-chunks.ts";

export const ROLE_APPS = ["teacher", "coach", "admin"] as const;

/** The built single-page apps, next to this server in the monorepo. */
function distFolderOf(app: string): string {
  return fileURLToPath(new URL(`../../${app}/dist`, import.meta.url));
}

/**
 * One built file: the brotli or gzip copy made at build time when the browser accepts it
 * (`Vary: Accept-Encoding` so caches keep them apart), a validator for `no-cache` files, and a
 * year of caching for hashed assets.
 */
function sendBuiltFile(
  c: Context,
  file: BuiltFile,
  extraHeaders: Record<string, string> = {},
): Response {
  const available: ContentEncoding[] = [];
  if (file.br) available.push("br");
  if (file.gzip) available.push("gzip");
  const encoding = chooseEncoding(c.req.header("Accept-Encoding"), available);
  const headers: Record<string, string> = {
    "Content-Type": file.contentType,
    "Cache-Control": file.cacheControl,
    ETag: file.etag,
    ...extraHeaders,
  };
  if (available.length > 0) headers.Vary = "Accept-Encoding";
  if (c.req.header("If-None-Match") === file.etag) return c.body(null, 304, headers);
  const body =
    (encoding === "br" ? file.br : encoding === "gzip" ? file.gzip : undefined) ?? file.body;
  if (encoding && body !== file.body) headers["Content-Encoding"] = encoding;
  headers["Content-Length"] = String(body.length);
  return c.body(body, 200, headers);
}

/**
 * Serves each built app under its own path (/teacher, /coach, /admin). Any other path inside an
 * app gets its index.html so the app's router can take over; a missing file under assets/ is a
 * 404 (an old page asking for a chunk a deploy replaced must not be handed HTML as script).
 */
export async function mountBuiltApps(server: Hono): Promise<void> {
  for (const app of ROLE_APPS) await serveBuiltApp(server, app, distFolderOf(app));
}

/** The home route's chunks of a built app, from its bundle report (none when it has no report). */
async function builtHomeChunks(app: string, dist: string): Promise<string[]> {
  const report = await readFile(join(dist, ".bundle-report.json"), "utf8").catch(() => null);
  return report ? homeRouteChunks(JSON.parse(report), homeRouteModule(app)) : [];
}

/** Serves one built app (its dist folder) under `/<app>`. */
export async function serveBuiltApp(server: Hono, app: string, dist: string): Promise<void> {
  const files = await loadBuiltFiles(dist).catch(() => new Map<string, BuiltFile>());
  const indexHtml = files.get("index.html");
  if (!indexHtml) {
    throw new Error(`The ${app} app is not built (no ${dist}/index.html). Run the build first.`);
  }
  const homePreloads = homePagePreloads(app, {
    indexHtml: new TextDecoder().decode(indexHtml.body),
    homeChunks: await builtHomeChunks(app, dist),
  });
  // The query goes along: an app's own address for its home page can carry state in it
  // (the coach's caseload filters are "/coach?team=…"), and a shared link must keep it.
  server.get(`/${app}`, (c) => c.redirect(`/${app}/${new URL(c.req.url).search}`, 301));
  server.get(`/${app}/*`, (c) => {
    const file = files.get(c.req.path.slice(app.length + 2));
    if (file) return sendBuiltFile(c, file);
    if (c.req.path.startsWith(`/${app}/assets/`)) return c.notFound();
    const signedInHome = c.req.path === `/${app}/` && carriesSessionCookie(c.req.header("Cookie"));
    return sendBuiltFile(c, indexHtml, signedInHome ? { Link: homePreloads } : {});
  });
}
