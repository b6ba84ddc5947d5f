import { createServer } from "node:net";
import { chromium } from "playwright-core";
import { initialScripts } from "../build/bundle-budget.ts";
import { startBuiltServer } from "../e2e/running-server.ts";
import { ROLE_APPS } from "../src/static-apps.ts";

/*
 * `pnpm bench:front`: the front-end figures, against the server as built (build first; this
 * builds nothing). For each app, what its first download weighs over the wire (the entry script
 * and its modulepreloads, gzip and brotli as served), and Lighthouse's mobile performance score
 * (slow 4G and a mid-range phone, simulated) on the sign-in page and, signed in, the home page.
 * Reported, not asserted: Lighthouse scores move with the machine's load.
 */

const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const PEOPLE = {
  teacher: "teacher@maplevalley.test",
  coach: "coach@maplevalley.test",
  admin: "admin@maplevalley.test",
} as const;

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

async function sessionCookie(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email, password: "throughline-demo" }),
  });
  if (!response.ok) throw new Error(`Signing in as ${email} failed: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

interface PageScore {
  score: number;
  fcpMs: number;
  lcpMs: number;
}

/** The slice of Lighthouse's Node API used here (lighthouse 12). */
type Lighthouse = (
  url: string,
  flags: Record<string, unknown>,
) => Promise<
  | {
      lhr: {
        categories: Record<string, { score: number | null } | undefined>;
        audits: Record<string, { numericValue?: number } | undefined>;
      };
    }
  | undefined
>;

type Audit = (url: string, cookie?: string) => Promise<PageScore | null>;

/** Lighthouse on one Chromium, or null when it is not installed (sizes are still reported). */
async function lighthouseAudit(): Promise<{ audit: Audit; close: () => Promise<void> } | null> {
  // Not a dependency of the repository (it is large): `pnpm add -D lighthouse@12.2.3` in
  // apps/server to get scores. Its module name is a variable so the type check does not need it.
  const moduleName = "lighthouse";
  const lighthouse = (await import(moduleName).catch(() => null)) as { default: Lighthouse } | null;
  if (!lighthouse) return null;
  // Lighthouse drives a Chromium over its debugging port; Playwright starts that Chromium.
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [`--remote-debugging-port=${port}`, "--no-sandbox", "--disable-gpu"],
  });
  const audit: Audit = async (url, cookie) => {
    const result = await lighthouse.default(url, {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
      ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    });
    const lhr = result?.lhr;
    if (!lhr) return null;
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      fcpMs: Math.round(lhr.audits["first-contentful-paint"]?.numericValue ?? 0),
      lcpMs: Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? 0),
    };
  };
  return { audit, close: () => browser.close() };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function describeScore(score: PageScore | null): string {
  if (!score) return "—";
  return `${score.score} (FCP ${(score.fcpMs / 1000).toFixed(1)} s, LCP ${(score.lcpMs / 1000).toFixed(1)} s)`;
}

const server = await startBuiltServer();
const lighthouse = await lighthouseAudit();
try {
  if (!lighthouse) console.log("Lighthouse is not installed: sizes only.");
  console.log("app      initial JS gzip / brotli   Lighthouse mobile: sign-in | signed-in home");
  for (const app of ROLE_APPS) {
    const sizes = await initialJs(server.url, app);
    const signIn = (await lighthouse?.audit(`${server.url}/${app}/`)) ?? null;
    const cookie = await sessionCookie(server.url, PEOPLE[app]);
    const home = (await lighthouse?.audit(`${server.url}/${app}/`, cookie)) ?? null;
    console.log(
      `${app.padEnd(8)} ${kb(sizes.gzip).padStart(9)} / ${kb(sizes.br).padStart(9)} (${sizes.scripts} files)   ${describeScore(signIn)} | ${describeScore(home)}`,
    );
  }
} finally {
  await lighthouse?.close();
  await server.stop();
}
