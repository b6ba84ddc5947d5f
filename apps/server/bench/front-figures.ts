import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { initialScripts } from "../build/bundle-budget.ts";
import { ROLE_APPS } from "../src/static-apps.ts";
import { freePort } from "../src/testing/server-startup.ts";
import { sessionCookie } from "./bench-sign-in.ts";

/*
 * The front-end figures of `pnpm bench` and `pnpm bench:front`, against a running built server:
 * for each app, what its first download weighs over the wire (the entry script and its
 * modulepreloads, gzip and brotli as served), and Lighthouse's mobile performance score (its
 * default: a mid-range phone on slow 4G, simulated) with first contentful paint, on the sign-in
 * page and, signed in, the home page. Reported, not asserted: scores move with the machine's load.
 */

const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium";

/** Who signs in to each app's home page: the demo's people. */
export const FRONT_PEOPLE = {
  teacher: "teacher@maplevalley.test",
  coach: "coach@maplevalley.test",
  admin: "admin@maplevalley.test",
} as const;

export interface PageScore {
  /** Null when Lighthouse could not score the page (then `error` says why). */
  score: number | null;
  error?: string;
  fcpMs: number;
  lcpMs: number;
  /** Total blocking time: the main thread's long tasks past 50 ms, between FCP and interactive. */
  tbtMs: number;
  /**
   * Lighthouse's measure of this machine's speed during the run (about 1000–2500 on an idle
   * desktop; far lower when other work shares the CPU). Its phone is simulated by slowing the
   * measured CPU work fourfold, so a busy machine lowers the score through TBT and LCP.
   */
  benchmarkIndex: number;
}

export interface FrontRow {
  app: (typeof ROLE_APPS)[number];
  scripts: number;
  gzip: number;
  br: number;
  signIn: PageScore | null;
  home: PageScore | null;
}

async function transferred(url: string, encoding: "gzip" | "br"): Promise<number> {
  const response = await fetch(url, { headers: { "Accept-Encoding": encoding } });
  // fetch decodes the body; the bytes on the wire are the Content-Length the server sent.
  const length = Number(response.headers.get("content-length"));
  await response.arrayBuffer();
  return length;
}

async function initialJs(base: string, app: string) {
  const html = await (await fetch(`${base}/${app}/`)).text();
  const scripts = initialScripts(html).map((path) => new URL(path, base).href);
  let gzip = 0;
  let br = 0;
  for (const script of scripts) {
    gzip += await transferred(script, "gzip");
    br += await transferred(script, "br");
  }
  return { scripts: scripts.length, gzip, br };
}

/** The slice of Lighthouse's Node API used here (lighthouse 12). */
type Lighthouse = (
  url: string,
  flags: Record<string, unknown>,
) => Promise<
  | {
      report: string | string[];
      lhr: {
        categories: Record<string, { score: number | null } | undefined>;
        runtimeError?: { code: string; message: string };
        environment?: { benchmarkIndex?: number };
        audits: Record<string, { numericValue?: number } | undefined>;
      };
    }
  | undefined
>;

type Audit = (url: string, name: string, cookie?: string) => Promise<PageScore | null>;

/** `BENCH_LIGHTHOUSE_REPORTS=<folder>` keeps each page's full Lighthouse report there as JSON. */
const REPORTS_DIR = process.env.BENCH_LIGHTHOUSE_REPORTS;

async function waitForDevtools(port: number, chromium: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (chromium.exitCode !== null) throw new Error("Chromium exited before it was ready.");
    const ready = await fetch(`http://127.0.0.1:${port}/json/version`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("Chromium's debugging port did not open in time.");
}

/**
 * Lighthouse on the system Chromium (headless, no sandbox), or null when lighthouse is not
 * installed (a dev dependency of this package; sizes are still reported without it).
 */
async function lighthouseAudit(): Promise<{ audit: Audit; close: () => Promise<void> } | null> {
  // A variable module name: the type check and `pnpm test` never need lighthouse.
  const moduleName = "lighthouse";
  const lighthouse = (await import(moduleName).catch(() => null)) as { default: Lighthouse } | null;
  if (!lighthouse) return null;
  const port = await freePort();
  const profile = await mkdtemp(join(tmpdir(), "bench-chromium-"));
  const chromium = spawn(
    CHROMIUM,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--no-default-browser-check",
      `--user-data-dir=${profile}`,
      `--remote-debugging-port=${port}`,
      "about:blank",
    ],
    { stdio: "ignore" },
  );
  await waitForDevtools(port, chromium);
  const audit: Audit = async (url, name, cookie) => {
    const result = await lighthouse.default(url, {
      port,
      hostname: "127.0.0.1",
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
      ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    });
    const lhr = result?.lhr;
    if (!lhr) return null;
    if (REPORTS_DIR) {
      await mkdir(REPORTS_DIR, { recursive: true });
      const report = Array.isArray(result.report) ? result.report[0] : result.report;
      await writeFile(join(REPORTS_DIR, `${name}.json`), report ?? "");
    }
    const score = lhr.categories.performance?.score;
    return {
      score: typeof score === "number" ? Math.round(score * 100) : null,
      error: lhr.runtimeError?.code,
      fcpMs: Math.round(lhr.audits["first-contentful-paint"]?.numericValue ?? 0),
      lcpMs: Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? 0),
      tbtMs: Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? 0),
      benchmarkIndex: Math.round(lhr.environment?.benchmarkIndex ?? 0),
    };
  };
  const close = async () => {
    const exited = new Promise((resolve) => chromium.once("exit", resolve));
    chromium.kill("SIGTERM");
    await exited;
    await rm(profile, { recursive: true, force: true });
  };
  return { audit, close };
}

/**
 * Each app's figures against a server serving the demo. `lighthouse: false` (or lighthouse not
 * installed) leaves the scores out.
 */
export async function measureFront(
  server: { url: string; publicUrl: string },
  options: { lighthouse: boolean },
): Promise<{ rows: FrontRow[]; lighthouse: boolean }> {
  const auditor = options.lighthouse ? await lighthouseAudit() : null;
  const rows: FrontRow[] = [];
  try {
    for (const app of ROLE_APPS) {
      const sizes = await initialJs(server.url, app);
      const page = `${server.publicUrl}/${app}/`;
      const signIn = (await auditor?.audit(page, `${app}-sign-in`)) ?? null;
      const home = auditor
        ? await auditor.audit(page, `${app}-home`, await sessionCookie(server, FRONT_PEOPLE[app]))
        : null;
      rows.push({ app, ...sizes, signIn, home });
    }
  } finally {
    await auditor?.close();
  }
  return { rows, lighthouse: auditor !== null };
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function describeScore(score: PageScore | null): string {
  if (!score) return "—";
  if (score.score === null) return `not scored (${score.error ?? "no score"})`;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return `${score.score} (FCP ${seconds(score.fcpMs)}, LCP ${seconds(score.lcpMs)}, TBT ${score.tbtMs} ms, CPU index ${score.benchmarkIndex})`;
}
