import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";

const LESSON_DESIGN = "Learning-Focused Lesson Design";
/** The lead reviewer's scores of the seeded calibration sample, criterion by criterion. */
const LEAD_LEVELS = ["Proficient", "Proficient", "Exemplary", "Proficient"];

const run = serverAndBrowserPerFile();

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
    ({ page } = await run.signedIn("coach", "coach@maplevalley.test"));
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
