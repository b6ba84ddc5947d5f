import { readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchChromium, openSignedIn } from "./browser.ts";
import { type RunningServer, removeDataDir, startBuiltServer } from "./running-server.ts";

const sampleFolder = new URL("../../../fixtures/oneroster/maple-valley-sample/", import.meta.url);

let server: RunningServer;
let browser: Browser;
let sampleFiles: string[];
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startBuiltServer();
  browser = await launchChromium();
  sampleFiles = (await readdir(sampleFolder)).map((name) =>
    fileURLToPath(new URL(name, sampleFolder)),
  );
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.stop();
  if (server) await removeDataDir(server.dataDir);
});

async function signedInToAdmin(email: string): Promise<Page> {
  const { context, page } = await openSignedIn(browser, {
    baseUrl: server.url,
    app: "admin",
    email,
  });
  contexts.push(context);
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
    await expect(
      badRows.getByRole("row", { name: /roles\.csv 15 role 'coach' is not one of/ }).count(),
    ).resolves.toBe(1);
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

  it("is not offered to a principal", async () => {
    const principal = await signedInToAdmin("principal@maplevalley.test");
    await nav(principal).getByRole("link", { name: "Walkthroughs" }).waitFor();
    await expect(nav(principal).getByRole("link", { name: "Roster import" }).count()).resolves.toBe(
      0,
    );
  });
});
