import { insertSubmission } from "@throughline/api/routers/credential-reviews-fixture";
import { openPglite } from "@throughline/db/client";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchChromium, openSignedIn } from "./browser.ts";
import { type RunningServer, removeDataDir, startBuiltServer } from "./running-server.ts";

const LESSON_DESIGN = "Learning-Focused Lesson Design";
/** The lead reviewer's scores of the seeded calibration sample, criterion by criterion. */
const LEAD_LEVELS = ["Proficient", "Proficient", "Exemplary", "Proficient"];

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  // A first start migrates and seeds; Maria's submitted work is written while it is stopped.
  const first = await startBuiltServer();
  await first.stop();
  const handle = await openPglite(first.dataDir);
  await insertSubmission(handle.db, { email: "teacher@maplevalley.test", daysAgo: 9 });
  await handle.close();
  server = await startBuiltServer({ dataDir: first.dataDir });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) await removeDataDir(server.dataDir);
});

async function scoreAll(page: Page, levels: readonly string[]) {
  const groups = page.getByRole("group");
  for (const [index, level] of levels.entries()) {
    await groups
      .nth(index)
      .getByRole("radio", { name: new RegExp(`^${level}`) })
      .check();
  }
}

describe("a coach calibrates for a credential", () => {
  let page: Page;

  it("sees she is not certified and opens the calibration set", async () => {
    ({ page } = await openSignedIn(browser, {
      baseUrl: server.url,
      app: "coach",
      email: "coach@maplevalley.test",
    }));
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Reviews" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Reviews" }).waitFor();
    const row = page.getByRole("listitem").filter({ hasText: LESSON_DESIGN });
    await row.getByText("Not certified").waitFor();
    await expectAccessible(page);
    await row.getByRole("link", { name: /Take calibration/ }).click();
    await page.getByRole("heading", { level: 1, name: `Calibration: ${LESSON_DESIGN}` }).waitFor();
    await expectAccessible(page);
  });

  it("scores it badly, sees where she differed, retakes and is certified", async () => {
    await scoreAll(page, ["Beginning", "Beginning", "Beginning", "Beginning"]);
    await page.getByRole("button", { name: "Submit my scores" }).click();
    await page.getByText(/0 of 4 scores matched \(0 %\) — 80 % and every outcome needed/).waitFor();
    await page.getByRole("heading", { name: "Where you differed" }).waitFor();
    expect(await page.getByText(/Lead reviewer: Exemplary/).count()).toBe(1);
    await expectAccessible(page);

    await page.getByRole("button", { name: "Retake" }).click();
    await scoreAll(page, LEAD_LEVELS);
    await page.getByRole("button", { name: "Submit my scores" }).click();
    await page.getByText("You are certified").waitFor();
    const twoYears = new Date(Date.now() + 730 * 86_400_000).getFullYear();
    await page.getByText(new RegExp(`until .*${twoYears}`)).waitFor();
    await expectAccessible(page);
  });
});

describe("a certified reviewer reviews a submission", () => {
  it("Leah scores Maria's submission not yet, with feedback", async () => {
    const { page } = await openSignedIn(browser, {
      baseUrl: server.url,
      app: "coach",
      email: "leah.whitfield@maplevalley.test",
    });
    await page.goto(`${server.url}/coach/reviews`);
    const row = page.getByRole("listitem").filter({ hasText: "Maria Delgado" }).first();
    await row.getByText(/Waiting 9 days/).waitFor();
    await expectAccessible(page);
    await row.getByRole("link", { name: new RegExp(LESSON_DESIGN) }).click();
    await page.getByRole("heading", { level: 1, name: `Review: ${LESSON_DESIGN}` }).waitFor();

    await scoreAll(page, ["Developing", "Proficient", "Proficient", "Proficient"]);
    await page.getByText("Not yet", { exact: true }).waitFor();
    await page.getByRole("button", { name: "Submit review" }).click();
    // Under the bar, the teacher needs to be told what would reach it.
    const feedback = page.getByRole("textbox").first();
    await expect.poll(() => feedback.getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page);
    await feedback.fill("Write the standard at the top and plan backward from it.");
    await page.getByRole("button", { name: "Submit review" }).click();
    await page.getByText(/Outcome: Not yet\. The teacher has been told\./).waitFor();
  });
});
