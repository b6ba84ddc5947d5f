import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";

/*
 * A principal on a phone, in the admin app: records a walkthrough (the same form coaches use),
 * reads a coaching observation a teacher shared with her, and reads a support meeting's record.
 */

const NOTE = "Partners restate the essential question before the task";
const phone = { width: 390, height: 844 };

const run = serverAndBrowserPerFile();

async function onPhone(app: "teacher" | "admin", email: string): Promise<Page> {
  return (await run.signedIn(app, email, { viewport: phone })).page;
}

/** Nothing wider than the phone: no sideways scrolling of the whole page. */
async function expectFitsPhone(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(phone.width);
}

let principal: Page;

describe("a principal on a phone", () => {
  it("records a walkthrough of Maria, reloading in the middle, and publishes it", async () => {
    principal = await onPhone("admin", "principal@maplevalley.test");
    await principal.goto("/admin/observations");
    await principal.getByRole("heading", { level: 1, name: "Observations" }).waitFor();
    await principal.getByRole("link", { name: "Record a walkthrough" }).click();
    await principal.getByRole("heading", { level: 1, name: "Record a walkthrough" }).waitFor();
    await principal.getByRole("link", { name: /^Maria Delgado/ }).waitFor();
    await expectAccessible(principal);
    await expectFitsPhone(principal);

    await principal.getByRole("link", { name: /^Maria Delgado/ }).click();
    await principal
      .getByRole("heading", { level: 1, name: "Walkthrough of Maria Delgado" })
      .waitFor();
    // A principal records walkthroughs only: no choice of a coaching observation.
    await expect.poll(() => principal.getByRole("radio", { name: /Coaching/ }).count()).toBe(0);
    await principal.getByRole("checkbox", { name: /1\.2 Uses an essential question/ }).check();
    await principal.getByLabel("Class or period").fill("Grade 1 · Reading");
    await expectAccessible(principal);
    await principal.getByRole("button", { name: "Start observing" }).click();

    await principal
      .getByRole("heading", { level: 1, name: "Maria Delgado", exact: true })
      .waitFor();
    await principal
      .getByRole("group", { name: /^1\.2 / })
      .getByRole("radio", { name: "Proficient" })
      .check();
    await principal.getByLabel("What do you see?").fill(NOTE);
    await principal.getByRole("button", { name: "Add note" }).click();
    await principal
      .getByRole("status")
      .filter({ hasText: /Saved \d{1,2}:\d{2}/ })
      .waitFor();
    await expectAccessible(principal);
    await expectFitsPhone(principal);

    await principal.reload();
    await principal.getByText(NOTE).waitFor();
    await expect(
      principal
        .getByRole("group", { name: /^1\.2 / })
        .getByRole("radio", { name: "Proficient" })
        .isChecked(),
    ).resolves.toBe(true);

    await principal.getByRole("button", { name: "Publish to Maria Delgado" }).click();
    await principal.getByRole("button", { name: "Yes, publish" }).click();
    await principal
      .getByRole("heading", { level: 1, name: "Walkthrough of Maria Delgado" })
      .waitFor();
    await principal.getByText(NOTE).waitFor();
    await expectAccessible(principal);
  });

  it("reads a coaching observation only once Maria shares it", async () => {
    await principal.goto("/admin/observations");
    await principal.getByRole("heading", { level: 3, name: "Nothing shared yet" }).waitFor();

    const teacher = await onPhone("teacher", "teacher@maplevalley.test");
    await teacher.goto("/teacher/observations");
    await teacher
      .getByRole("link", { name: /Coaching observation/ })
      .first()
      .click();
    const share = teacher.getByRole("checkbox", { name: "Share with my principal" });
    // The box follows the server's answer, not the click.
    await share.click();
    await expect.poll(() => share.isChecked(), { timeout: 10_000 }).toBe(true);

    await principal.reload();
    const shared = principal.getByRole("list", { name: "Shared with you" });
    await shared.getByRole("link", { name: /Maria Delgado/ }).click();
    await principal
      .getByRole("heading", { level: 1, name: "Coaching observation of Maria Delgado" })
      .waitFor();
    await principal.getByRole("heading", { level: 2, name: "Indicators" }).waitFor();
    await expectAccessible(principal);
    await expectFitsPhone(principal);
  });

  it("reads a held support meeting's record from her team dashboard", async () => {
    await principal.goto("/admin/implementation");
    await principal.getByRole("link", { name: "K–2 Literacy PLC" }).first().click();
    const recent = principal.getByRole("list", { name: "Recent meetings" });
    await recent.getByRole("link").first().click();
    await principal.getByRole("heading", { level: 2, name: "Attendance" }).waitFor();
    await principal.getByText("Minutes held").waitFor();
    await expectAccessible(principal);
    await expectFitsPhone(principal);
  });
});

describe("a teacher's team", () => {
  it("reads the action plan Maria shares with the team, read-only, on My team", async () => {
    const maria = await onPhone("teacher", "teacher@maplevalley.test");
    await maria.goto("/teacher/action-plan");
    const share = maria.getByRole("checkbox", { name: /Share this plan with my team/ });
    await share.waitFor();
    if (!(await share.isChecked())) await share.click();
    await expect.poll(() => share.isChecked(), { timeout: 10_000 }).toBe(true);

    const mate = await onPhone("teacher", "amara.eze@maplevalley.test");
    await mate.goto("/teacher/team");
    await mate.getByRole("heading", { level: 1, name: "My team" }).waitFor();
    const plans = mate.getByRole("list", { name: "Shared action plans" });
    await plans.getByRole("link", { name: /Maria Delgado/ }).waitFor();
    await expectAccessible(mate);
    await expectFitsPhone(mate);
    await plans.getByRole("link", { name: /Maria Delgado/ }).click();
    await mate.getByRole("heading", { level: 1, name: "Maria Delgado's action plan" }).waitFor();
    await mate.getByRole("heading", { level: 2, name: "Steps" }).waitFor();
    // Read-only: nothing to edit, add or comment.
    await expect.poll(() => mate.getByRole("textbox").count()).toBe(0);
    await expectAccessible(mate);
    await expectFitsPhone(mate);
  });
});
