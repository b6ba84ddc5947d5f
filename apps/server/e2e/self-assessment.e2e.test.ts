import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { screenshotAtBothWidths } from "./screenshots.ts";

/*
 * Issue 20: a teacher rates themselves at the start of their stage and again at the end, and
 * sees the change per indicator as a chart with its table; the start and the end are offered
 * once each; he corrects a rating, deletes a check-in after confirming, and sees his own ratings
 * beside the levels seen on his growth chart; their coach sees it too.
 */

const run = serverAndBrowserPerFile();
const shots = process.env.SELF_ASSESSMENT_SCREENSHOTS;

/** Jamal is early in Stage 1 and has not rated himself yet. */
const TEACHER = "jamal.washington@maplevalley.test";

/** The words of a select's options, in order. */
function optionsOf(select: Locator): Promise<string[]> {
  return select.locator("option").allTextContents();
}

/** Picks `level` on every indicator of the open form. */
async function rateEvery(form: Locator, level: string): Promise<number> {
  const groups = await form.getByRole("group").all();
  for (const group of groups) await group.getByRole("radio", { name: level }).check();
  return groups.length;
}

describe("teacher self-assessment", () => {
  let teacher: Page;

  it("the stage page asks for the start rating, and a missing level is named beside it", async () => {
    ({ page: teacher } = await run.signedIn("teacher", TEACHER));
    await teacher.goto("/teacher/path");
    await teacher.getByRole("heading", { level: 2, name: "My self-assessment" }).waitFor();
    await teacher.getByText("Where is your practice as this stage begins?").waitFor();
    await teacher.getByRole("button", { name: "Rate yourself now" }).click();
    const form = teacher.getByRole("form", { name: "Rate yourself" });
    await form.waitFor();
    expect(await form.getByRole("combobox", { name: "When" }).inputValue()).toBe("start");
    await form.getByRole("button", { name: "Save my ratings" }).click();
    expect(
      await form.getByText("Choose the level that describes your practice now").count(),
    ).toBeGreaterThan(0);
    await expectAccessible(teacher);
    await screenshotAtBothWidths(teacher, "selfassess-form", { folder: shots });
  });

  it("saves the start rating: each indicator rated once so far", async () => {
    const form = teacher.getByRole("form", { name: "Rate yourself" });
    const rated = await rateEvery(form, "Beginning");
    expect(rated).toBeGreaterThan(1);
    await form
      .getByLabel(/^Note on /)
      .first()
      .fill("I open with the objective, not a question.");
    await form.getByRole("button", { name: "Save my ratings" }).click();
    await teacher.getByText("Your ratings are saved.").waitFor();
    const table = teacher.getByRole("table", {
      name: /First and latest self-rating per indicator/,
    });
    await table.waitFor();
    expect(await table.getByRole("row", { name: /Rated once so far/ }).count()).toBe(rated);
    expect(await teacher.getByText("Where is your practice as this stage begins?").count()).toBe(0);
  });

  it("rates again at the end of the stage and sees the change, chart and table", async () => {
    await teacher.getByRole("button", { name: "Rate yourself again" }).click();
    const form = teacher.getByRole("form", { name: "Rate yourself" });
    // Rated at the start already: a second start is not offered.
    expect(await optionsOf(form.getByRole("combobox", { name: "When" }))).toEqual([
      "Check-in",
      "End of the stage",
    ]);
    await form.getByRole("combobox", { name: "When" }).selectOption("end");
    const rated = await rateEvery(form, "Proficient");
    await form.getByRole("button", { name: "Save my ratings" }).click();
    await teacher.getByText("Your ratings are saved.").waitFor();
    const table = teacher.getByRole("table", {
      name: /First and latest self-rating per indicator/,
    });
    expect(
      await table.getByRole("row", { name: /Beginning.*Proficient.*Up 2 levels/ }).count(),
    ).toBe(rated);
    // The chart draws the same figures beside the table.
    expect(await teacher.locator(".recharts-bar-rectangle").count()).toBeGreaterThanOrEqual(
      rated * 2,
    );
    // Rated proficient now: the earlier "beginning" no longer recommends sessions.
    await teacher.getByRole("heading", { name: "Recommended for you" }).waitFor();
    await expect.poll(() => teacher.getByText(/You rated ‘[^’]+’ beginning/).count()).toBe(0);

    // Private unless he shares one with his principal.
    await teacher.getByText("Your self-assessments of this stage (2)").click();
    const share = teacher.getByRole("checkbox", { name: "Share with my principal" }).first();
    // The box follows the server: it turns once the share is saved.
    await share.click();
    await expect.poll(() => share.isChecked()).toBe(true);
    await expectAccessible(teacher);
    await screenshotAtBothWidths(teacher, "selfassess-change", { folder: shots });
  });

  it("corrects one rating of the end, and only check-ins are offered now", async () => {
    const change = teacher.getByRole("button", {
      name: /^Change the self-assessment end of the stage/,
    });
    // The list is still open from sharing; open it if not.
    if (!(await change.isVisible())) {
      await teacher.getByText(/^Your self-assessments of this stage/).click();
    }
    await change.click();
    const form = teacher.getByRole("form", { name: "Change your self-assessment" });
    await form.waitFor();
    // The form opens with what he rated: every indicator at proficient.
    const groups = await form.getByRole("group").all();
    for (const group of groups) {
      expect(await group.getByRole("radio", { name: "Proficient" }).isChecked()).toBe(true);
    }
    await groups[0]?.getByRole("radio", { name: "Developing" }).check();
    await form
      .getByLabel(/^Note on /)
      .first()
      .fill("Proficient was too generous.");
    await expectAccessible(teacher);
    await screenshotAtBothWidths(teacher, "selfassess-edit", { folder: shots });
    await form.getByRole("button", { name: "Save my changes" }).click();
    await teacher.getByText("Your changes are saved.").waitFor();
    const table = teacher.getByRole("table", {
      name: /First and latest self-rating per indicator/,
    });
    await table.getByRole("row", { name: /Beginning.*Developing.*Up 1 level/ }).waitFor();
    expect(await table.getByRole("row", { name: /Up 2 levels/ }).count()).toBe(groups.length - 1);

    await teacher.getByRole("button", { name: "Rate yourself again" }).click();
    const again = teacher.getByRole("form", { name: "Rate yourself" });
    expect(await optionsOf(again.getByRole("combobox", { name: "When" }))).toEqual(["Check-in"]);
    await rateEvery(again, "Developing");
    await again.getByRole("button", { name: "Save my ratings" }).click();
    await teacher.getByText("Your ratings are saved.").waitFor();
  });

  it("deletes the check-in after confirming", async () => {
    await teacher.getByText("Your self-assessments of this stage (3)").click();
    await teacher.getByRole("button", { name: /^Delete the self-assessment check-in/ }).click();
    const dialog = teacher.getByRole("dialog", { name: "Delete this self-assessment?" });
    await dialog.waitFor();
    await expectAccessible(teacher);
    await screenshotAtBothWidths(teacher, "selfassess-delete", { folder: shots });
    // Cancel first: nothing goes.
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "hidden" });
    await teacher.getByRole("button", { name: /^Delete the self-assessment check-in/ }).click();
    await dialog.getByRole("button", { name: "Delete it" }).click();
    await teacher.getByText("Your self-assessment is deleted.").waitFor();
    await teacher.getByText("Your self-assessments of this stage (2)").waitFor();
  });

  it("his growth chart shows his own ratings beside the levels seen, labelled self-rated", async () => {
    const growth = teacher.getByRole("region", { name: "My growth by indicator" });
    await growth.scrollIntoViewIfNeeded();
    await growth.getByText(/^Self-rated \(the teacher's own rating/).waitFor();
    await growth.getByText("Show the levels as a table").click();
    const rows = growth.getByRole("table").getByRole("row");
    expect(await rows.filter({ hasText: "Self-rated, start of stage" }).count()).toBeGreaterThan(1);
    expect(await rows.filter({ hasText: "Self-rated, end of stage" }).count()).toBeGreaterThan(1);
    // The deleted check-in is gone from the chart's data too.
    expect(await rows.filter({ hasText: "Self-rated, check-in" }).count()).toBe(0);
    await expectAccessible(teacher);
    await screenshotAtBothWidths(teacher, "selfassess-growth", { folder: shots });
  });

  it("his principal reads the one he shared, and only that one", async () => {
    const { page: principal } = await run.signedIn("admin", "principal@maplevalley.test");
    await principal.goto("/admin/observations");
    await principal
      .getByRole("heading", { level: 2, name: "Self-assessments shared with you" })
      .waitFor();
    const card = principal.getByRole("main");
    await card.getByRole("heading", { level: 3, name: "Jamal Washington" }).waitFor();
    expect(await card.getByRole("heading", { level: 3, name: "Jamal Washington" }).count()).toBe(1);
    expect(await card.getByText(/end of the stage/).count()).toBe(1);
    await expectAccessible(principal);
    await screenshotAtBothWidths(principal, "selfassess-principal", { folder: shots });
  });

  it("his coach sees the change on his teacher page", async () => {
    const { page: coach } = await run.signedIn("coach", "coach@maplevalley.test");
    await coach.getByRole("link", { name: "Jamal Washington" }).first().click();
    await coach.getByRole("heading", { level: 1, name: "Jamal Washington" }).waitFor();
    await coach.getByRole("heading", { level: 2, name: "Self-assessments" }).waitFor();
    const table = coach.getByRole("table", { name: /First and latest self-rating per indicator/ });
    await table
      .getByRole("row", { name: /Up 2 levels/ })
      .first()
      .waitFor();
    await expectAccessible(coach);
    await coach
      .getByRole("heading", { level: 2, name: "Self-assessments" })
      .scrollIntoViewIfNeeded();
    await screenshotAtBothWidths(coach, "selfassess-coach", { folder: shots });
  });
});
