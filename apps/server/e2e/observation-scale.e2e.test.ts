import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";

/* Issue 7: the district renames its levels and sets the targets; teachers see the new names. */

const run = serverAndBrowserPerFile();

async function signedIn(app: "admin" | "teacher", email: string): Promise<Page> {
  const { page } = await run.signedIn(app, email);
  return page;
}

function nav(page: Page) {
  return page.getByRole("navigation", { name: "Main" });
}

function levelName(page: Page, legend: string) {
  return page.getByRole("group", { name: legend }).getByLabel("Name");
}

function targetOf(page: Page, code: string) {
  return page.getByRole("combobox", {
    name: new RegExp(`^Target for ${code.replace(".", "\\.")} `),
  });
}

describe("the district's observation scale", () => {
  let admin: Page;

  it("shows the server's refusal to remove a level that ratings use", async () => {
    admin = await signedIn("admin", "admin@maplevalley.test");
    await nav(admin).getByRole("link", { name: "Observation scale" }).click();
    await admin.getByRole("heading", { level: 1, name: "Observation scale" }).waitFor();
    await expectAccessible(admin);

    await admin.getByRole("button", { name: "Remove the highest level" }).click();
    await expect.poll(() => admin.getByRole("group", { name: /^Level 4/ }).count()).toBe(0);
    await admin.getByRole("button", { name: "Save the scale" }).click();
    await admin.getByText("A level you removed is used by ratings").waitFor();
    await admin.reload();
    await admin.getByRole("group", { name: "Level 4 (highest)" }).waitFor();
  });

  it("refuses a blank level name beside the field", async () => {
    await levelName(admin, "Level 1 (lowest)").fill("  ");
    await admin.getByRole("button", { name: "Save the scale" }).click();
    await admin.getByText("Name the level").waitFor();
    await expect(levelName(admin, "Level 1 (lowest)").getAttribute("aria-invalid")).resolves.toBe(
      "true",
    );
    await expectAccessible(admin);
  });

  it("renames Developing to Growing, makes it the target, and saves", async () => {
    await levelName(admin, "Level 1 (lowest)").fill("Not yet observed");
    await levelName(admin, "Level 3 (3 of 4)").fill("Growing");
    await admin.getByRole("radio", { name: "Growing" }).check();
    await admin.getByRole("button", { name: "Save the scale" }).click();
    await admin.getByRole("status").getByText("Scale saved").waitFor();
    await targetOf(admin, "1.6")
      .locator("option", { hasText: "District target (Growing)" })
      .waitFor({
        state: "attached",
      });
  });

  it("gives one indicator its own target, saved at once", async () => {
    await targetOf(admin, "1.6").selectOption({ label: "Proficient" });
    await admin.getByRole("status").getByText("Saved: 1.6 now aims at Proficient.").waitFor();
    await expectAccessible(admin);
  });

  it("keeps all of it after a reload", async () => {
    await admin.reload();
    await admin.getByRole("heading", { level: 1, name: "Observation scale" }).waitFor();
    await expect(levelName(admin, "Level 3 (3 of 4)").inputValue()).resolves.toBe("Growing");
    await expect(admin.getByRole("radio", { name: "Growing" }).isChecked()).resolves.toBe(true);
    await expect(targetOf(admin, "1.6").inputValue()).resolves.toBe("3");
    await expect(targetOf(admin, "1.2").inputValue()).resolves.toBe("district");
  });

  it("Maria's observation speaks the new name and the targets", async () => {
    const teacher = await signedIn("teacher", "teacher@maplevalley.test");
    await nav(teacher).getByRole("link", { name: "Observations" }).click();
    await teacher.getByRole("heading", { level: 1, name: "Observations" }).waitFor();
    // The most recent published coaching observation: 1.2 and 1.6 were rated Developing.
    await teacher
      .getByRole("link", { name: /Coaching observation/ })
      .first()
      .click();
    await teacher.getByRole("heading", { level: 2, name: "What was seen" }).waitFor();
    expect(await teacher.getByText("Growing", { exact: true }).count()).toBe(2);
    expect(await teacher.getByText("Developing", { exact: true }).count()).toBe(0);
    const vocabulary = teacher.getByRole("listitem").filter({ hasText: /^1\.2 / });
    await vocabulary.getByText("Target: Growing").waitFor();
    const summarizing = teacher.getByRole("listitem").filter({ hasText: /^1\.6 / });
    await summarizing.getByText("Target: Proficient").waitFor();
    await expectAccessible(teacher);
  });
});

describe("a principal", () => {
  it("is told the scale is for district admins, and has no nav item", async () => {
    const principal = await signedIn("admin", "principal@maplevalley.test");
    await expect
      .poll(() => nav(principal).getByRole("link", { name: "Observation scale" }).count())
      .toBe(0);
    await principal.goto("/admin/observation-scale");
    await principal.getByText("Only district admins can change the observation scale").waitFor();
    await expectAccessible(principal);
  });
});
