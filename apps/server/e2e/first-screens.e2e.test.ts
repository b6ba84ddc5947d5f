import type { RouterOutputs } from "@throughline/api/types";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { openSessionOf } from "./demo-teacher.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { queryAsPage } from "./trpc-over-http.ts";

/*
 * First screens that answer "what needs me today": the principal's overview and its way into a
 * teacher who needs attention; the coach's caseload filters kept in the address across Back and
 * a shared link; a MicroPD reflection finished after the lesson, from the action-plan step.
 */

const PLAN =
  "I will preview the four words from our essential question, each with a picture and an example sentence.";
const AFTER =
  "Students used three of the four words in their closing summaries; 'habitat' came up in almost every pair.";

const run = serverAndBrowserPerFile();

/** When SCREENSHOT_DIR is set, keeps a picture of the page for a person to look at. */
async function keepScreenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

describe("first screens", () => {
  it("a principal starts from the overview and follows a 'needs attention' link", async () => {
    const { context, page } = await run.signedIn("admin", "principal@maplevalley.test");
    await page.getByRole("heading", { level: 1, name: "Overview" }).waitFor();
    const attention = page.getByRole("heading", { level: 2, name: "Needs attention" });
    await attention.waitFor();
    await page.getByRole("heading", { level: 2, name: /^(This|Next) week$/ }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Walkthroughs" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Micro-credential reviews" }).waitFor();
    await expectAccessible(page);
    await keepScreenshot(page, "overview-desktop");
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page);
    await keepScreenshot(page, "overview-phone");
    await page.setViewportSize({ width: 1280, height: 800 });

    // The names under "needs attention" are the API's flagged teachers.
    const overview = await queryAsPage<RouterOutputs["admin"]["overview"]>(
      page,
      run.server.url,
      "admin.overview",
    );
    const schools = overview.attention.kind === "named" ? overview.attention.schools : [];
    const flagged = schools.flatMap((school) => school.teams.flatMap((team) => team.flagged));
    const first = flagged[0];
    if (!first) throw new Error("The demo school has nobody flagged.");
    const region = page.getByRole("region", { name: "Needs attention" });
    await region.getByRole("link", { name: first.displayName, exact: true }).first().click();
    await page
      .getByRole("heading", { level: 1, name: `Implementation: ${first.displayName}` })
      .waitFor();
    expect(page.url()).toContain(`/admin/implementation/teachers/${first.personId}`);
    await page.goBack();
    await attention.waitFor();
    await context.close();
  });

  it("a district admin sees schools ranked by flagged teachers and opens one for its names", async () => {
    const { context, page } = await run.signedIn("admin", "admin@maplevalley.test");
    await page.getByRole("heading", { level: 1, name: "Overview" }).waitFor();
    const region = page.getByRole("region", { name: "Needs attention" });
    const ranked = region.getByRole("list", { name: "Schools by flagged teachers" });
    await ranked.waitFor();
    const overview = await queryAsPage<RouterOutputs["admin"]["overview"]>(
      page,
      run.server.url,
      "admin.overview",
    );
    if (overview.attention.kind !== "ranked") throw new Error("A district's overview ranks.");
    const [top] = overview.attention.ranked;
    if (!top) throw new Error("The demo district has no school.");
    // The schools in the API's order, with their counts, and no teacher's name on the page.
    const items = ranked.locator(":scope > li");
    await expect.poll(() => items.count()).toBe(overview.attention.ranked.length);
    await expect
      .poll(() => items.first().textContent())
      .toContain(`${top.flaggedTeachers} of ${top.teachers} teachers flagged`);
    await expect.poll(() => region.locator('a[href*="/implementation/teachers/"]').count()).toBe(0);
    await expectAccessible(page);
    await keepScreenshot(page, "overview-district-desktop");
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page);
    await keepScreenshot(page, "overview-district-phone");
    await page.setViewportSize({ width: 1280, height: 800 });

    // The school's page names its flagged teachers, as its principal's overview does.
    await ranked.getByRole("link", { name: top.schoolName, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: top.schoolName }).waitFor();
    expect(page.url()).toContain(`/admin/overview/schools/${top.schoolId}`);
    const named = page.getByRole("region", { name: "Needs attention" });
    await named.getByRole("heading", { level: 3, name: new RegExp(top.schoolName) }).waitFor();
    await expect
      .poll(() => named.locator('a[href*="/implementation/teachers/"]').count())
      .toBeGreaterThan(0);
    await expectAccessible(page);
    await keepScreenshot(page, "overview-school-desktop");
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page);
    await keepScreenshot(page, "overview-school-phone");
    await page.setViewportSize({ width: 1280, height: 800 });

    // Every school, ranked, on the paged list.
    await page.getByRole("link", { name: "All schools by flagged teachers" }).click();
    await page.getByRole("heading", { level: 1, name: "Schools by flagged teachers" }).waitFor();
    const all = page.getByRole("list", { name: "Schools by flagged teachers" });
    await expect.poll(() => all.locator(":scope > li").count()).toBe(overview.attention.schools);
    await expectAccessible(page);
    await keepScreenshot(page, "overview-schools-desktop");
    await page.setViewportSize({ width: 390, height: 844 });
    await keepScreenshot(page, "overview-schools-phone");
    await context.close();
  });

  it("a coach filters the caseload, opens a teacher, and Back returns to the filtered list", async () => {
    const { context, page } = await run.signedIn("coach", "coach@maplevalley.test");
    await page.getByRole("heading", { level: 1, name: "My caseload" }).waitFor();
    const team = page.getByLabel("Team", { exact: true });
    const teamName = await team.locator("option").nth(1).textContent();
    await team.selectOption({ label: teamName ?? "" });
    await page.getByLabel("Only flagged").check();
    await expect.poll(() => new URL(page.url()).searchParams.get("flagged")).toBe("1");
    const filtered = page.url();
    expect(new URL(filtered).searchParams.get("team")).toBeTruthy();

    const table = page.locator("table").first();
    const names = await table.locator("tbody tr th a").first().allTextContents();
    const name = names[0] ?? "";
    await table.getByRole("link", { name, exact: true }).click();
    await page.getByRole("heading", { level: 1, name }).waitFor();
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "My caseload" }).waitFor();
    expect(page.url()).toBe(filtered);
    await expect.poll(() => page.getByLabel("Only flagged").isChecked()).toBe(true);
    await expect.poll(() => team.inputValue()).toBe(new URL(filtered).searchParams.get("team"));

    // A shared link opens the same filter.
    const other = await context.newPage();
    await other.goto(filtered);
    await other.getByRole("heading", { level: 1, name: "My caseload" }).waitFor();
    await expect.poll(() => other.getByLabel("Only flagged").isChecked()).toBe(true);
    await expect
      .poll(() => other.getByLabel("Team", { exact: true }).inputValue())
      .toBe(new URL(filtered).searchParams.get("team"));
    await context.close();
  });

  it("a teacher completes a session with 'after the lesson' pending, then finishes it from the plan step", async () => {
    const { context, page } = await run.signedIn("teacher", "teacher@maplevalley.test");
    const session = await openSessionOf(page, run.server.url);
    await page.goto(`/teacher/sessions/${session.id}`);
    await page.getByRole("heading", { level: 1, name: session.title }).waitFor();
    await page.getByText("Part of this reflection comes after the lesson").waitFor();

    // Through the blocks to the reflection, which completes with the plan alone.
    while (!((await page.locator("#step-heading").textContent()) ?? "").includes("Reflection")) {
      const before = await page.locator("#step-heading").textContent();
      await page.getByRole("button", { name: "Next" }).click();
      await expect.poll(() => page.locator("#step-heading").textContent()).not.toBe(before);
    }
    await page.getByRole("textbox").fill(PLAN);
    await page.getByRole("button", { name: "Mark complete" }).click();
    await page.getByText("Session complete", { exact: true }).waitFor();
    await page.getByText("After the lesson: still to write").waitFor();
    await keepScreenshot(page, "session-after-lesson-pending");

    // The plan step asks for it, and leads to where it is written.
    const input = encodeURIComponent(JSON.stringify({ json: { sessionId: session.id } }));
    const view = await queryAsPage<RouterOutputs["micropd"]["session"]>(
      page,
      run.server.url,
      `micropd.session?input=${input}`,
    );
    await page.goto(`/teacher/action-plan?stage=${view.stage.id}`);
    await page.getByRole("link", { name: "Write your reflection after the lesson" }).click();
    await page.getByRole("heading", { level: 1, name: "After the lesson" }).waitFor();
    await page.getByText(PLAN).waitFor();
    await expectAccessible(page);
    await keepScreenshot(page, "after-lesson-desktop");
    await page.setViewportSize({ width: 390, height: 844 });
    await keepScreenshot(page, "after-lesson-phone");
    await page.setViewportSize({ width: 1280, height: 800 });

    const field = page.getByRole("textbox");
    await field.fill("Fine.");
    await page.getByRole("button", { name: "Save my reflection" }).click();
    await page.getByText("Write at least 40 characters of reflection").waitFor();
    await field.fill(AFTER);
    await page.getByRole("button", { name: "Save my reflection" }).click();
    await page.getByText("Reflection saved").waitFor();

    await page.getByRole("link", { name: "Open my action plan" }).click();
    await page.getByRole("link", { name: "Read your reflection after the lesson" }).waitFor();
    await keepScreenshot(page, "action-plan-after-lesson-done");
    const again = await queryAsPage<RouterOutputs["micropd"]["session"]>(
      page,
      run.server.url,
      `micropd.session?input=${input}`,
    );
    expect(again.progress.afterLessonCompletedAt).not.toBeNull();
    await context.close();
  });
});
