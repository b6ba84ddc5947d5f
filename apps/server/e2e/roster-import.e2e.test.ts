import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, openSignedIn } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";

const sampleFolder = new URL("../../../fixtures/oneroster/maple-valley-sample/", import.meta.url);
const shots = process.env.SCREENSHOT_DIR;

const run = serverAndBrowserPerFile();
let sampleFiles: string[];
/** The sample with its users.csv cut after the first five staff, as a broken export sends it. */
let cutShortFolder: string;

beforeAll(async () => {
  sampleFiles = (await readdir(sampleFolder)).map((name) =>
    fileURLToPath(new URL(name, sampleFolder)),
  );
  cutShortFolder = await mkdtemp(join(tmpdir(), "roster-cut-short-"));
  for (const file of sampleFiles) {
    const name = file.split("/").pop() ?? file;
    const text = await readFile(file, "utf8");
    const cut = name === "users.csv" ? `${text.split("\r\n").slice(0, 6).join("\r\n")}\r\n` : text;
    await writeFile(join(cutShortFolder, name), cut);
  }
});

afterAll(async () => {
  if (cutShortFolder) await rm(cutShortFolder, { recursive: true, force: true });
});

async function signedInToAdmin(email: string): Promise<Page> {
  const { context, page } = await openSignedIn(run.browser, {
    baseUrl: run.server.url,
    app: "admin",
    email,
  });
  run.keep(context);
  return page;
}

function nav(page: Page) {
  return page.getByRole("navigation", { name: "Main" });
}

function countOf(page: Page, group: string, term: string) {
  return page
    .getByRole("region", { name: group })
    .locator("div", { has: page.getByText(term, { exact: true }) })
    .locator("dd")
    .first();
}

describe("roster import by the district admin", () => {
  let admin: Page;

  it("previews the sample set: counts, and the bad row with its file and line", async () => {
    admin = await signedInToAdmin("admin@maplevalley.test");
    await nav(admin).getByRole("link", { name: "Roster import" }).click();
    await admin.getByRole("heading", { level: 1, name: "Roster import" }).waitFor();
    await expectAccessible(admin);

    await admin.getByLabel("Roster files").setInputFiles(sampleFiles);
    await admin.getByRole("heading", { name: "Preview" }).waitFor();
    await expect(countOf(admin, "People", "To create").textContent()).resolves.toBe("22");
    await expect(countOf(admin, "Schools", "To create").textContent()).resolves.toBe("1");
    await expect(countOf(admin, "Schools", "To update").textContent()).resolves.toBe("2");
    const badRows = admin.getByRole("region", { name: "Rows to fix" });
    await expect
      .poll(() =>
        badRows.getByRole("row", { name: /roles\.csv 15 role 'coach' is not one of/ }).count(),
      )
      .toBe(1);
    await expect(countOf(admin, "Timetable slots", "To add").textContent()).resolves.toBe("15");
    await expect(countOf(admin, "Timetable slots", "To remove").textContent()).resolves.toBe("0");
    await admin.getByText(/^Willow Creek K-8 School has no bell schedule yet/).waitFor();
    await expect(admin.getByRole("button", { name: "Import roster" }).isDisabled()).resolves.toBe(
      true,
    );
    await expectAccessible(admin);
  });

  it("imports the valid rows with a progress bar and a summary", async () => {
    await admin.getByLabel("Import the valid rows and skip 1 bad row").check();
    await admin.getByRole("button", { name: "Import roster" }).click();
    const bar = admin.getByRole("progressbar", { name: "Import progress" });
    await bar.waitFor();
    await admin.getByText("Import finished").waitFor();
    await expect(bar.getAttribute("value")).resolves.toBe("40");
    await expect(bar.getAttribute("max")).resolves.toBe("40");
    await admin
      .getByText(
        "People: 22 created, 0 updated, 0 deactivated, 0 unchanged. Schools: 1 created, 2 updated, 0 unchanged. Timetable slots: 15 added, 0 removed. 1 bad row was skipped.",
      )
      .waitFor();
    await expectAccessible(admin);
  });

  it("imports the same files again and nothing changes", async () => {
    await admin.getByLabel("Roster files").setInputFiles(sampleFiles);
    await admin.getByRole("heading", { name: "Preview" }).waitFor();
    await expect(countOf(admin, "People", "Unchanged").textContent()).resolves.toBe("22");
    await expect(countOf(admin, "People", "To create").textContent()).resolves.toBe("0");
    await expect(countOf(admin, "Timetable slots", "To add").textContent()).resolves.toBe("0");
    await expect(countOf(admin, "Timetable slots", "To remove").textContent()).resolves.toBe("0");
    await admin.getByLabel("Import the valid rows and skip 1 bad row").check();
    await admin.getByRole("button", { name: "Import roster" }).click();
    await admin
      .getByText(
        "People: 0 created, 0 updated, 0 deactivated, 22 unchanged. Schools: 0 created, 0 updated, 3 unchanged. Timetable slots: 0 added, 0 removed. 1 bad row was skipped.",
      )
      .waitFor();
  });

  it("holds a users.csv cut short until the admin ticks the box naming the number", async () => {
    const cutShort = (await readdir(cutShortFolder)).map((name) => join(cutShortFolder, name));
    await admin.getByLabel("Roster files").setInputFiles(cutShort);
    await admin.getByRole("heading", { name: "Preview" }).waitFor();
    await expect(countOf(admin, "People", "To deactivate").textContent()).resolves.toBe("17");
    await admin.getByRole("heading", { name: "People to deactivate (17)" }).waitFor();
    const list = admin.getByRole("region", { name: "People to deactivate" });
    await expect.poll(() => list.getByRole("listitem").count()).toBe(17);
    await list.getByText("Harold Lindgren").waitFor();
    await admin.getByText("This import deactivates 17 of the 22 rostered people").waitFor();
    await expectAccessible(admin);
    if (shots) {
      for (const width of [1280, 390]) {
        await admin.setViewportSize({ width, height: 900 });
        await admin.screenshot({ path: `${shots}/roster-hold-${width}.png`, fullPage: true });
      }
      await admin.setViewportSize({ width: 1280, height: 900 });
    }

    const importButton = admin.getByRole("button", { name: "Import roster" });
    // The roles of the people left off are bad rows now; skipping them is not enough.
    await admin.getByLabel(/^Import the valid rows and skip \d+ bad rows$/).check();
    await expect(importButton.isDisabled()).resolves.toBe(true);
    await admin.getByLabel("Deactivate these 17 people").check();
    await importButton.click();
    await admin.getByText("Import finished").waitFor();
    await admin.getByText(/^People: 0 created, 0 updated, 17 deactivated, 5 unchanged\./).waitFor();
  });

  it("is not offered to a principal", async () => {
    const principal = await signedInToAdmin("principal@maplevalley.test");
    await nav(principal).getByRole("link", { name: "Walkthroughs" }).waitFor();
    await expect(nav(principal).getByRole("link", { name: "Roster import" }).count()).resolves.toBe(
      0,
    );
  });
});
