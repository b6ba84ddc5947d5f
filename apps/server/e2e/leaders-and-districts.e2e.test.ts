import { describe, expect, it } from "vitest";
import { expectAccessible, signIn } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { screenshotAtBothWidths } from "./screenshots.ts";

/*
 * Issue 21: a principal learns in a leadership cohort ("learner first, leader second"), and one
 * sign-in belongs to people in two districts (a regional coach) and chooses the district after
 * signing in.
 */

const run = serverAndBrowserPerFile();
const folder = process.env.SCREENSHOT_DIR;
const COHORT = "Leading learning 2026–27";

describe("a principal learns in a leadership cohort", () => {
  it("the admin enrols the principal by name; the principal follows the path in the teacher app and keeps the admin app", async () => {
    const { page: admin } = await run.signedIn("admin", "admin@maplevalley.test");
    await admin.goto("/admin/cohorts/new");
    await admin.getByRole("heading", { level: 1, name: "New cohort" }).waitFor();
    await admin.getByLabel("Name", { exact: true }).fill(COHORT);
    await admin
      .getByLabel("School", { exact: true })
      .selectOption({ label: "Maple Valley Elementary" });
    const stages = await admin
      .getByLabel("Stage", { exact: true })
      .locator("option")
      .allTextContents();
    const firstStage = stages.find((label) => /Stage 1\b/.test(label)) ?? "";
    await admin.getByLabel("Stage", { exact: true }).selectOption({ label: firstStage });
    await admin.getByRole("button", { name: "Create cohort" }).click();
    await admin.getByRole("heading", { level: 1, name: COHORT }).waitFor();

    await admin.getByRole("radio", { name: "By search" }).check();
    await admin.getByLabel("Name or email").fill("Okafor");
    await admin.getByRole("button", { name: "Search", exact: true }).click();
    await admin.getByRole("checkbox", { name: /Robert Okafor/ }).check();
    await admin.getByRole("button", { name: "Enrol 1 teacher" }).click();
    await admin.getByText("Enrolled 1 teacher.", { exact: false }).waitFor();
    await admin
      .getByRole("region", { name: "Enrolled teachers" })
      .getByRole("cell", { name: "Robert Okafor", exact: true })
      .waitFor();
    await expectAccessible(admin);

    const { page: principal } = await run.signedIn("teacher", "principal@maplevalley.test");
    await principal.getByText(COHORT).first().waitFor();
    await screenshotAtBothWidths(principal, "principal-learner-home", { folder });
    await expectAccessible(principal);
    await principal
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "My path" })
      .click();
    await principal.getByRole("heading", { level: 1, name: /Stage 1/ }).waitFor();
    await expectAccessible(principal);

    // Still the principal: the admin app opens in the same browser.
    await principal.goto("/admin/");
    await principal.getByRole("navigation", { name: "Main" }).waitFor();
    await expect
      .poll(() => principal.getByRole("heading", { name: "You can't use Administration" }).count())
      .toBe(0);
  });
});

describe("one sign-in in two districts", () => {
  it("joins Maple Valley from an invitation, chooses the district after signing in, and switches from My account", async () => {
    const { page: admin } = await run.signedIn("admin", "admin@maplevalley.test");
    await admin.goto("/admin/people/new");
    await admin.getByRole("heading", { level: 1, name: "Add person" }).waitFor();
    await admin.getByLabel("Name", { exact: true }).fill("Tomás Reyes");
    await admin.getByLabel("Email").fill("coach@cedarridge.test");
    await admin.getByLabel("Role 1", { exact: true }).selectOption("coach");
    await admin.getByLabel("School for role 1").selectOption({ label: "Maple Valley Elementary" });
    await admin.getByRole("button", { name: "Add person" }).click();
    await admin.getByRole("heading", { level: 1, name: "Tomás Reyes" }).waitFor();
    await admin.getByRole("button", { name: "Create invite link" }).click();
    const link = (await admin.getByLabel("Invite link (shown once)").inputValue()).trim();
    expect(link).toContain("/invite/");

    // The Cedar Ridge coach, signed in to their district, opens the link.
    const context = await run.newContext();
    const coach = await context.newPage();
    await coach.goto("/coach/");
    await signIn(coach, "coach@cedarridge.test", "throughline-demo");
    await coach.getByRole("navigation", { name: "Main" }).waitFor();
    await coach.goto(link);
    await coach
      .getByRole("heading", { level: 1, name: "Add Maple Valley Unified to your sign-in" })
      .waitFor();
    await coach.getByRole("button", { name: "Add Maple Valley Unified" }).click();
    await coach
      .getByRole("heading", { level: 1, name: "Maple Valley Unified is added to your sign-in" })
      .waitFor();

    // Signed in afresh, the coach app asks which district to open.
    await context.clearCookies();
    await coach.goto("/coach/");
    await signIn(coach, "coach@cedarridge.test", "throughline-demo");
    await coach.getByRole("heading", { level: 1, name: "Which district?" }).waitFor();
    await screenshotAtBothWidths(coach, "district-chooser", { folder });
    await expectAccessible(coach);
    const choices = coach.getByRole("list", { name: "Your districts" });
    await expect.poll(() => choices.getByRole("button").count()).toBe(2);
    await choices.getByRole("button", { name: /Maple Valley Unified/ }).focus();
    await coach.keyboard.press("Enter");
    await coach.getByRole("navigation", { name: "Main" }).waitFor();
    await coach.getByText("Maple Valley Unified").first().waitFor();

    // My account lists both and opens the other.
    await coach.goto("/coach/account");
    const card = coach.getByRole("list", { name: "Your districts" });
    await card.getByRole("button", { name: /Cedar Ridge Schools/ }).click();
    await coach.getByText("Cedar Ridge Schools").first().waitFor();
    await expect
      .poll(() => card.getByRole("button", { name: /Cedar Ridge Schools/ }).isDisabled())
      .toBe(true);
    await expectAccessible(coach);
  });
});
