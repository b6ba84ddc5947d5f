import { describe, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { screenshotAtBothWidths } from "./screenshots.ts";

/*
 * Issue 21: a library shared between districts. Maple Valley shares a stage; Cedar Ridge
 * imports a copy, adapts it and enrols a cohort in it.
 */

const run = serverAndBrowserPerFile();
const folder = process.env.SCREENSHOT_DIR;
const ADAPTED = "Learning-Focused Lessons, the Cedar Ridge way";

describe("a stage shared between districts", () => {
  it("Maple Valley shares a stage; Cedar Ridge imports, adapts and enrols a cohort in it", async () => {
    const { page: maple } = await run.signedIn("admin", "admin@maplevalley.test");
    await maple
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Shared library" })
      .click();
    await maple.getByRole("heading", { level: 1, name: "Shared library" }).waitFor();
    const stageSelect = maple.getByLabel("Stage", { exact: true });
    const sharedOption = stageSelect.locator("option", { hasText: /High Performance/ }).first();
    const shared = ((await sharedOption.textContent()) ?? "").trim();
    await stageSelect.selectOption((await sharedOption.getAttribute("value")) ?? "");
    await maple.getByLabel("License").selectOption("CC BY 4.0");
    await maple.getByRole("button", { name: "Share the stage" }).click();
    await maple.getByText("Shared as version 1").waitFor();
    await maple.getByRole("cell", { name: "Shared by you" }).waitFor();
    await expectAccessible(maple);

    // Cedar Ridge starts a program for what it takes from its neighbours.
    const { page: cedar } = await run.signedIn("admin", "admin@cedarridge.test");
    await cedar.goto("/admin/framework");
    await cedar.getByLabel("Program name").fill("Shared with Maple Valley");
    await cedar
      .getByLabel(/^Program (summary|description)$/)
      .fill("Stages other districts shared with us.");
    await cedar.getByRole("button", { name: "Add the program" }).click();
    await cedar.getByText("Program added").waitFor();
    await cedar.goto("/admin/library");
    const row = cedar.getByRole("row", { name: new RegExp(shared.slice(0, 20)) });
    await row.getByRole("cell", { name: "Maple Valley Unified" }).waitFor();
    await row.getByRole("button", { name: /Preview/ }).click();
    await cedar.getByRole("list", { name: "Sessions" }).waitFor();
    await screenshotAtBothWidths(cedar, "shared-library-preview", { folder });
    await expectAccessible(cedar);
    await cedar
      .getByLabel("Into program", { exact: true })
      .selectOption({ label: "Shared with Maple Valley" });
    await cedar.getByRole("button", { name: "Import a copy" }).click();
    await cedar.getByRole("link", { name: "Open the copy" }).click();

    // Cedar Ridge adapts its copy.
    await cedar.getByLabel("Title", { exact: true }).waitFor();
    await cedar.getByRole("link", { name: "Share the stage to library" }).waitFor();
    await screenshotAtBothWidths(cedar, "stage-page-share-links", { folder });
    await cedar.getByLabel("Title", { exact: true }).fill(ADAPTED);
    await cedar.getByRole("button", { name: "Save the stage" }).click();
    await cedar.getByRole("heading", { level: 1, name: new RegExp(ADAPTED) }).waitFor();

    // And enrols a cohort in it.
    await cedar.goto("/admin/cohorts/new");
    await cedar.getByRole("heading", { level: 1, name: "New cohort" }).waitFor();
    await cedar.getByLabel("Name", { exact: true }).fill("Cedar Ridge adapted lessons");
    const cohortStage = cedar.getByLabel("Stage", { exact: true });
    const adaptedOption = cohortStage.locator("option", { hasText: ADAPTED });
    await cohortStage.selectOption((await adaptedOption.getAttribute("value")) ?? "");
    await cedar.getByRole("button", { name: "Create cohort" }).click();
    await cedar.getByRole("heading", { level: 1, name: "Cedar Ridge adapted lessons" }).waitFor();
    await cedar.getByRole("radio", { name: "By school" }).check();
    await cedar.getByRole("checkbox", { name: /Aaron Feld/ }).check();
    const enrol = cedar.getByRole("button", { name: /^Enrol 1 teacher/ });
    await enrol.click();
    await cedar
      .getByRole("region", { name: "Enrolled teachers" })
      .getByRole("cell", { name: "Aaron Feld", exact: true })
      .waitFor();
  });
});
