import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { screenshotAtBothWidths } from "./screenshots.ts";

/* Issue 17: every change is on record, and admins read, filter and download the record. */

const run = serverAndBrowserPerFile();
/** A folder to write screenshots of the page into, for a person to look at; unset: none. */
const shots = process.env.AUDIT_SCREENSHOTS;

const screenshot = (page: Page, name: string) =>
  screenshotAtBothWidths(page, name, { folder: shots });

async function signedIn(email: string): Promise<Page> {
  return (await run.signedIn("admin", email)).page;
}

async function openPerson(admin: Page, search: string, name: string): Promise<void> {
  await admin.goto("/admin/people");
  await admin.getByLabel("Name or email").fill(search);
  await admin.getByRole("button", { name: "Search" }).click();
  await admin.getByRole("link", { name }).click();
  await admin.getByRole("heading", { level: 1, name }).waitFor();
}

function openAuditLog(page: Page) {
  return page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Audit log" })
    .click();
}

describe("audit log", () => {
  let admin: Page;

  it("a district admin's role change is on the log with before and after", async () => {
    admin = await signedIn("admin@maplevalley.test");
    await openPerson(admin, "delgado", "Maria Delgado");
    await admin.getByRole("button", { name: "Add role" }).click();
    await admin.getByLabel("Role 2", { exact: true }).selectOption("coach");
    await admin.getByLabel("School for role 2").selectOption({ label: "Maple Valley Elementary" });
    await admin.getByRole("button", { name: "Save changes" }).click();
    await admin.getByText("Saved.").waitFor();
    // A change at another school, which the elementary principal must not see.
    await openPerson(admin, "rossi", "Angela Rossi");
    await admin.getByLabel("Name", { exact: true }).fill("Angela Rossi-Grant");
    await admin.getByRole("button", { name: "Save changes" }).click();
    await admin.getByText("Saved.").waitFor();

    await openAuditLog(admin);
    await admin.getByRole("heading", { level: 1, name: "Audit log" }).waitFor();
    const row = admin.getByRole("row").filter({ hasText: "Roles changed" });
    await row.filter({ hasText: "Maria Delgado" }).waitFor();
    await expect(row.textContent()).resolves.toMatch(
      /roles: teacher at Maple Valley Elementary.*roles: coach at Maple Valley Elementary, teacher at Maple Valley Elementary/,
    );
    await expect(row.textContent()).resolves.toContain("Denise Harmon");
    await expectAccessible(admin);
    await screenshot(admin, "audit-log");
  });

  it("filters by kind of change and days, saying a wrong range beside its field", async () => {
    await admin.getByLabel("Change").selectOption({ label: "Roles changed" });
    await admin.getByText("1 change, newest first").waitFor();
    await admin.getByLabel("From").fill("2099-01-02");
    await admin.getByText("No changes match").waitFor();
    await admin.getByLabel("To").fill("2099-01-01");
    await admin.getByText("The end date must be on or after the start date").waitFor();
    await expect(admin.getByLabel("To").getAttribute("aria-invalid")).resolves.toBe("true");
    await expectAccessible(admin);
    await admin.getByRole("button", { name: "Clear filters" }).click();
    await admin.getByRole("row").filter({ hasText: "Angela Rossi-Grant" }).waitFor();
    // A record's name narrows the list to its changes.
    await admin.getByRole("button", { name: /^Maria Delgado/ }).click();
    await admin.getByText("Showing one record's changes only.").waitFor();
    await admin.getByText("1 change, newest first").waitFor();
  });

  it("downloads the entries as CSV", async () => {
    await admin.getByRole("button", { name: "Clear filters" }).click();
    await admin.getByLabel("Change").selectOption({ label: "Roles changed" });
    await admin.getByText("1 change, newest first").waitFor();
    const downloaded = admin.waitForEvent("download");
    await admin.getByRole("button", { name: "Download CSV" }).click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await readFile(await download.path(), "utf8"))
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toMatch(/^Occurred at \(UTC\),Who,/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("person.role_changed");
    expect(lines[1]).toContain("coach at Maple Valley Elementary");
  });

  it("a principal sees their school's entries only", async () => {
    const principal = await signedIn("principal@maplevalley.test");
    await openAuditLog(principal);
    await principal.getByRole("heading", { level: 1, name: "Audit log" }).waitFor();
    await principal.getByRole("row").filter({ hasText: "Maria Delgado" }).first().waitFor();
    await expect.poll(() => principal.getByText("Angela Rossi-Grant").count()).toBe(0);
    await expectAccessible(principal);
  });
});
