import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { weakFocusIndicators } from "./focus-indicator.ts";

const LESSON_DESIGN = "Learning-Focused Lesson Design";
const TINY_PDF =
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
/** Tab stops measured per page: the header once, then the start of each page's content. */
const HEADER_TABS = 14;
const CONTENT_TABS = 14;

const apps = [
  {
    app: "teacher",
    email: "teacher@maplevalley.test",
    pages: ["/", "/action-plan", "/credentials", "/meetings"],
  },
  { app: "coach", email: "coach@maplevalley.test", pages: ["/", "/meetings", "/observations"] },
  {
    app: "admin",
    email: "admin@maplevalley.test",
    pages: ["/", "/people", "/implementation", "/impact"],
  },
] as const;

const run = serverAndBrowserPerFile();
let fileDir: string;
const pages = new Map<string, Page>();

beforeAll(async () => {
  fileDir = await mkdtemp(join(tmpdir(), "throughline-focus-"));
  for (const name of ["first.pdf", "second.pdf"]) await writeFile(join(fileDir, name), TINY_PDF);
});

afterAll(async () => {
  if (fileDir) await rm(fileDir, { recursive: true, force: true });
});

/** One signed-in page per app, kept for the whole file. */
async function signedIn(app: (typeof apps)[number]["app"], email: string): Promise<Page> {
  const existing = pages.get(app);
  if (existing) return existing;
  const { page } = await run.signedIn(app, email);
  pages.set(app, page);
  return page;
}

const heading = (page: Page) => page.getByRole("heading", { level: 1 }).first();

describe("keyboard focus", () => {
  it("every control on each app's main pages shows a focus indicator of at least 3:1", async () => {
    const weak: string[] = [];
    for (const { app, email, pages: paths } of apps) {
      const page = await signedIn(app, email);
      // The header and its navigation, from the top of the first page.
      await heading(page).waitFor();
      weak.push(...(await weakFocusIndicators(page, `${app} header`, HEADER_TABS)));
      // The bell's menu: its items sit on the popover's own surface.
      await page.getByRole("button", { name: /^Notifications/ }).click();
      weak.push(...(await weakFocusIndicators(page, `${app} notifications menu`, 4)));
      await page.keyboard.press("Escape");
      for (const path of paths) {
        await page.goto(`/${app}${path}`);
        await heading(page).waitFor();
        await expect
          .poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 20_000 })
          .toBe(0);
        // Start from the main region, so each page's own controls are measured.
        await page.locator("main").focus();
        weak.push(...(await weakFocusIndicators(page, `${app}${path}`, CONTENT_TABS)));
      }
    }
    expect(weak).toEqual([]);
  });

  it("after a route change focus is on the new page's heading, and not on first load", async () => {
    const page = await signedIn("teacher", "teacher@maplevalley.test");
    await page.goto("/teacher/");
    await heading(page).waitFor();
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.not.toBe("H1");

    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "PD hours" })
      .click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.tagName), { timeout: 15_000 })
      .toBe("H1");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      await heading(page).textContent(),
    );

    const coach = await signedIn("coach", "coach@maplevalley.test");
    await coach
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Meetings" })
      .click();
    await coach.getByRole("heading", { level: 1, name: "Meetings" }).waitFor();
    await expect
      .poll(() => coach.evaluate(() => document.activeElement?.textContent), { timeout: 15_000 })
      .toBe("Meetings");
  });

  it("the submission builder passes axe's target-size rule", async () => {
    const page = await signedIn("teacher", "teacher@maplevalley.test");
    await page.goto("/teacher/credentials");
    await page.getByRole("link", { name: LESSON_DESIGN }).click();
    await page.getByRole("link", { name: "Start a submission" }).click();
    await page.getByRole("button", { name: "Start a submission" }).click();
    for (const name of ["first.pdf", "second.pdf"]) {
      await page
        .getByLabel("Upload a new file for “Samples of student work”")
        .setInputFiles(join(fileDir, name));
      await page.getByRole("button", { name: `Remove ${name}` }).waitFor();
    }
    const results = await new AxeBuilder({ page }).withRules(["target-size"]).analyze();
    expect(
      results.violations.flatMap((violation) => violation.nodes.map((node) => node.html)),
    ).toEqual([]);
  });
});

/** A phone held upright, touched rather than clicked. */
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describe("on a phone (390 × 844)", () => {
  it("the caseload is cards with status first, the header is one line, the plan's steps come before its indicators", async () => {
    const coach = await run.signedIn("coach", "coach@maplevalley.test", PHONE);
    const page = coach.page;
    const cards = page.getByRole("list", { name: /^Teachers/ }).getByRole("article");
    await cards.first().waitFor();
    await expect.poll(() => page.locator("table:visible").count()).toBe(0);
    // Each card opens with its status and flags, before the teacher's details.
    const first = await cards.first().evaluate((card) => ({
      first: card.querySelector("[data-card-part]")?.getAttribute("data-card-part"),
      name: card.querySelector("h2, h3")?.textContent ?? "",
    }));
    expect(first.first).toBe("status");
    expect(first.name).not.toBe("");
    await expectAccessible(page);

    // One line: the header row is no taller than its tallest control plus its padding.
    const headerRow = page.locator("header > div").first();
    const height = await headerRow.evaluate((row) => row.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(64);
    // The tab bar scrolls and says so with a fade at the edge that has more.
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getAttribute("data-overflow-end")).resolves.toBe("true");

    const teacher = await run.signedIn("teacher", "teacher@maplevalley.test", PHONE);
    await teacher.page.goto("/teacher/action-plan");
    const steps = teacher.page.getByRole("heading", { name: "Steps", exact: true });
    await steps.waitFor();
    const stepsTop = await steps.evaluate((node) => node.getBoundingClientRect().top);
    const indicatorsTop = await teacher.page
      .getByText("Indicators this plan targets", { exact: true })
      .first()
      .evaluate((node) => node.getBoundingClientRect().top);
    expect(stepsTop).toBeLessThan(indicatorsTop);
    // Shown apart, the goal and the indicators are still one draft: either save keeps both.
    const indicator = teacher.page.getByRole("checkbox", {
      name: /1\.2 Uses an essential question/,
    });
    await indicator.check();
    await teacher.page.getByRole("button", { name: "Save goal" }).click();
    await teacher.page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    await teacher.page.reload();
    await expect(indicator.isChecked()).resolves.toBe(true);
    await expectAccessible(teacher.page);
  });
});
