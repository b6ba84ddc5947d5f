import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { ROLE_APPS } from "../src/static-apps.ts";

/*
 * The bundle budget, run after the apps are built: what a browser must download before an app
 * can draw anything (the entry script and the chunks index.html modulepreloads, gzip) stays under
 * BUDGET_BYTES per app. Prints what each of those chunks holds, and the build fails past it.
 */

/** What packages/ui/vite/built-app-files.ts writes to each app's dist/.bundle-report.json. */
interface ChunkReport {
  fileName: string;
  isDynamicEntry: boolean;
  modules: { name: string; bytes: number }[];
}

export const BUDGET_BYTES = 150 * 1024;
const MODULES_SHOWN = 8;

export interface InitialChunk {
  file: string;
  gzipBytes: number;
}

/** The scripts index.html makes the browser fetch at once: the entry and its modulepreloads. */
export function initialScripts(indexHtml: string): string[] {
  const tags = indexHtml.match(/<(?:script|link)\b[^>]*>/g) ?? [];
  const paths = tags
    .filter((tag) => /type="module"/.test(tag) || /rel="modulepreload"/.test(tag))
    .map((tag) => /(?:src|href)="([^"]+\.js)"/.exec(tag)?.[1])
    .filter((path): path is string => path !== undefined);
  return [...new Set(paths)];
}

/** Gzip sizes of one built app's initial scripts (paths relative to its dist folder). */
export async function initialChunks(dist: string, base: string): Promise<InitialChunk[]> {
  const html = await readFile(`${dist}/index.html`, "utf8");
  return Promise.all(
    initialScripts(html).map(async (src) => {
      const file = src.startsWith(base) ? src.slice(base.length) : src.replace(/^\//, "");
      const content = await readFile(`${dist}/${file}`);
      return { file, gzipBytes: gzipSync(content, { level: 9 }).length };
    }),
  );
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

async function chunkReport(dist: string): Promise<ChunkReport[]> {
  const text = await readFile(`${dist}/.bundle-report.json`, "utf8").catch(() => null);
  return text ? (JSON.parse(text) as { chunks: ChunkReport[] }).chunks : [];
}

async function checkApp(app: string, appsRoot: string): Promise<boolean> {
  const dist = appsRoot
    ? `${appsRoot}/${app}`
    : fileURLToPath(new URL(`../../${app}/dist`, import.meta.url));
  const chunks = await initialChunks(dist, `/${app}/`);
  const report = await chunkReport(dist);
  const total = chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
  const within = total <= BUDGET_BYTES;
  const lazy = report.filter((chunk) => chunk.isDynamicEntry).length;
  console.log(
    `${within ? "ok  " : "OVER"} ${app}: initial JS ${kb(total)} gzip of ${kb(BUDGET_BYTES)} ` +
      `(${chunks.length} chunks; ${lazy} more load when a page needs them)`,
  );
  for (const chunk of chunks) {
    console.log(`       ${chunk.file}  ${kb(chunk.gzipBytes)} gzip`);
    const modules = report.find((entry) => entry.fileName === chunk.file)?.modules ?? [];
    for (const module of modules.slice(0, MODULES_SHOWN)) {
      console.log(`         ${kb(module.bytes).padStart(9)}  ${module.name}`);
    }
    if (modules.length > MODULES_SHOWN)
      console.log(`         … and ${modules.length - MODULES_SHOWN} smaller modules`);
  }
  return within;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = [];
  // A folder holding <app>/ builds may be named to check builds made elsewhere.
  const appsRoot = process.argv[2] ?? "";
  for (const app of ROLE_APPS) results.push(await checkApp(app, appsRoot));
  if (results.includes(false)) {
    console.error(
      `Bundle budget exceeded: keep heavy libraries in the pages that use them (lazy routes, dynamic import()).`,
    );
    process.exit(1);
  }
}
