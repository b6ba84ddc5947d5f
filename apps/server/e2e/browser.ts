import AxeBuilder from "@axe-core/playwright";
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from "playwright-core";
import { afterEach, expect } from "vitest";

/*
 * Every page runs under the server's Content-Security-Policy. Chromium reports each thing the
 * policy blocked as a console error; the browser launched here collects them from every page of
 * every context, and each test fails on any (the page, and what was blocked, in the message).
 */
const cspViolations: string[] = [];

function collectCspViolations(context: BrowserContext): void {
  context.on("page", (page) => {
    page.on("console", (message) => {
      if (message.type() === "error" && message.text().includes("Content Security Policy")) {
        cspViolations.push(`${page.url()}: ${message.text()}`);
      }
    });
  });
}

/** Fails on any Content-Security-Policy violation reported since the last check. */
export function expectNoCspViolations(): void {
  expect(cspViolations.splice(0)).toEqual([]);
}

afterEach(() => {
  expectNoCspViolations();
});

/** Debian's Chromium, driven headless with the network chatter switched off. */
export async function launchChromium(): Promise<Browser> {
  // Playwright gives every launch a fresh, throwaway profile folder.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
    ],
  });
  // browser.newPage() makes its context through newContext too.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    collectCspViolations(context);
    return context;
  };
  return browser;
}

/** Signs in through the app's own sign-in form: the email first, then the password. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** The demo password every seeded person signs in with. */
export const DEMO_PASSWORD = "throughline-demo";

/**
 * A fresh browser context signed in to one app as one seeded person. It waits for the app's main
 * navigation, which only a signed-in page has (the sign-in page has a heading too). The caller
 * closes the context.
 */
export async function openSignedIn(
  browser: Browser,
  options: {
    baseUrl: string;
    app: "teacher" | "coach" | "admin";
    email: string;
    context?: BrowserContextOptions;
  },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...options.context, baseURL: options.baseUrl });
  const page = await context.newPage();
  await page.goto(`/${options.app}/`);
  await signIn(page, options.email, DEMO_PASSWORD);
  await page.getByRole("navigation", { name: "Main" }).waitFor();
  return { context, page };
}

/** axe-core on the current page: no serious or critical violations. */
export async function expectAccessible(
  page: Page,
  options: {
    /**
     * Parts to leave out, e.g. a sandboxed iframe: scripts cannot run in it, so axe would wait
     * for it forever. Check such a document on its own page instead.
     */
    exclude?: string[];
  } = {},
): Promise<void> {
  expectNoCspViolations();
  const builder = new AxeBuilder({ page });
  for (const selector of options.exclude ?? []) builder.exclude(selector);
  const results = await builder.analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
    );
  expect(serious).toEqual([]);
}
