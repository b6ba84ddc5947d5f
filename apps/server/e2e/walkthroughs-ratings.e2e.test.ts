import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";

const fixtures = new URL("../../../packages/db/fixtures/ratings/", import.meta.url);
const withBadRow = fileURLToPath(new URL("evaluation-ratings-with-bad-row.csv", fixtures));
const corrected = fileURLToPath(new URL("evaluation-ratings.csv", fixtures));

const run = serverAndBrowserPerFile();

async function signedInToAdmin(email: string): Promise<Page> {
  const { page } = await run.signedIn("admin", email);
  return page;
}

function nav(page: Page) {
  return page.getByRole("navigation", { name: "Main" });
}

describe("ratings import by the district admin", () => {
  let admin: Page;

  it("shows the bad row with its line and withholds the import button", async () => {
    admin = await signedInToAdmin("admin@maplevalley.test");
    await nav(admin).getByRole("link", { name: "Ratings import" }).click();
    await admin.getByRole("heading", { level: 1, name: "Ratings import" }).waitFor();
    await expectAccessible(admin);

    await admin.getByLabel("CSV file").setInputFiles(withBadRow);
    await admin.getByText("Fix the file before importing").waitFor();
    const badRows = admin.getByRole("region", { name: "Rows to fix" });
    await expect
      .poll(() => badRows.getByRole("row", { name: /17 Unknown level 'Great'/ }).count())
      .toBe(1);
    await expect.poll(() => admin.getByRole("button", { name: /^Import/ }).count()).toBe(0);
    await expectAccessible(admin);
  });

  it("previews the corrected file, imports it, and a second import adds nothing", async () => {
    await admin.getByLabel("CSV file").setInputFiles(corrected);
    const importButton = admin.getByRole("button", { name: "Import 34 ratings" });
    await importButton.waitFor();
    await expect.poll(() => admin.getByText("34 new ratings").count()).toBe(1);
    await importButton.click();
    await admin.getByText("34 new, 0 already imported.").waitFor();

    await admin.getByLabel("CSV file").setInputFiles(corrected);
    await admin.getByText("34 already imported, 0 new.", { exact: false }).waitFor();
    await expect.poll(() => admin.getByRole("button", { name: /^Import/ }).count()).toBe(0);
  });
});

describe("walkthroughs for the principal", () => {
  it("shows the heatmap, the drill-down and the visits, and no ratings import", async () => {
    const principal = await signedInToAdmin("principal@maplevalley.test");
    await expect
      .poll(() => nav(principal).getByRole("link", { name: "Ratings import" }).count())
      .toBe(0);
    await nav(principal).getByRole("link", { name: "Walkthroughs" }).click();
    await principal.getByRole("heading", { level: 1, name: "Walkthroughs" }).waitFor();
    // A principal of one school gets no school picker.
    await expect.poll(() => principal.getByLabel("School", { exact: true }).count()).toBe(0);

    const heatmap = principal.getByRole("region", {
      name: "Walkthrough levels by indicator and team",
    });
    await heatmap.waitFor();
    await expect(heatmap.getByRole("columnheader", { name: "Whole school" }).count()).resolves.toBe(
      1,
    );
    await expectAccessible(principal);

    // The demo walkthroughs cover six teachers: the whole-school cells are shown.
    const shownCell = heatmap.getByRole("button", { name: /teachers/ }).first();
    await shownCell.click();
    await principal.getByRole("heading", { name: "Walkthroughs behind this cell" }).waitFor();
    const list = principal.getByRole("region", { name: "Walkthroughs behind the cell" });
    await list.getByRole("row").nth(1).waitFor();
    expect(await list.getByRole("row").count()).toBeGreaterThan(1);

    const visits = principal.getByRole("region", { name: "Walkthrough visits per teacher" });
    await expect(visits.getByRole("row").nth(1).textContent()).resolves.toMatch(/Not visited/);
    await expectAccessible(principal);
  });

  it("lets the district admin choose the school", async () => {
    const admin = await signedInToAdmin("admin@maplevalley.test");
    await admin.goto("/admin/walkthroughs");
    await admin
      .getByLabel("School", { exact: true })
      .selectOption({ label: "Riverside Middle School" });
    await admin.getByText(/at Riverside Middle School/).waitFor();
    await admin.getByRole("region", { name: "Walkthrough visits per teacher" }).waitFor();
    await expectAccessible(admin);
  });
});
