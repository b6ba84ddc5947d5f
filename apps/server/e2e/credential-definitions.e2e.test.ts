import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, openSignedIn } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";

/* Issue 8: a district admin defines a micro-credential, names a lead reviewer, sets blind review. */

const run = serverAndBrowserPerFile();
let context: BrowserContext | undefined;
let admin: Page;

const NAME = "Checking for Understanding";

beforeAll(async () => {
  ({ context, page: admin } = await openSignedIn(run.browser, {
    baseUrl: run.server.url,
    app: "admin",
    email: "admin@maplevalley.test",
  }));
});

afterAll(async () => {
  await context?.close();
});

describe("micro-credential definitions", () => {
  it("the admin creates a credential with two requirements and a 2×3 rubric", async () => {
    await admin
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Micro-credentials" })
      .click();
    await admin.getByRole("heading", { level: 1, name: "Micro-credentials" }).waitFor();
    await admin.getByRole("link", { name: "Higher-Order Questioning" }).waitFor();
    await expectAccessible(admin);

    await admin.getByRole("link", { name: "New micro-credential" }).first().click();
    await admin.getByRole("heading", { level: 1, name: "New micro-credential" }).waitFor();
    await admin.getByLabel("Name", { exact: true }).first().fill(NAME);
    await admin.getByLabel("Competency statement").fill("Checks every student's understanding.");
    await admin.getByLabel("Key method").fill("Checking for understanding");
    await admin.getByLabel("Criteria narrative").fill("A lesson plan and a reflection.");

    const first = admin.getByRole("group", { name: "Requirement 1" });
    await first.getByLabel("Name").fill("Lesson plan");
    await admin.getByRole("button", { name: "Add a requirement" }).click();
    const second = admin.getByRole("group", { name: "Requirement 2" });
    await second.getByLabel("Name").fill("Reflection");
    await second.getByLabel("Kind").selectOption("reflection");
    await second.getByLabel("Minimum words").fill("100");

    await admin.getByLabel("Criterion 1 name").fill("Questions");
    await admin.getByRole("button", { name: "Add a criterion" }).click();
    await admin.getByLabel("Criterion 2 name").fill("Adjustments");
    for (const criterion of ["Questions", "Adjustments"]) {
      for (const level of ["Developing", "Proficient", "Exemplary"]) {
        // One cell left empty: the server names it.
        if (criterion === "Adjustments" && level === "Exemplary") continue;
        await admin.getByLabel(`${criterion} at ${level}`).fill(`${criterion}, ${level}.`);
      }
    }
    await admin.getByLabel("PD hours awarded").fill("2");
    await admin.getByRole("button", { name: "Create the micro-credential" }).click();

    const empty = admin.getByLabel("Adjustments at Exemplary");
    await admin.getByText("Describe this level.").waitFor();
    await expect(empty.getAttribute("aria-invalid")).resolves.toBe("true");
    await expectAccessible(admin);

    await empty.fill("Adjusts the lesson for every student.");
    await admin.getByRole("button", { name: "Create the micro-credential" }).click();
    await admin.getByText("The micro-credential was created.").waitFor();
    await admin.getByRole("link", { name: NAME }).waitFor();
  });

  it("names Leah a lead reviewer and turns on blind review", async () => {
    await admin
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Reviewers" })
      .click();
    await admin.getByRole("heading", { level: 1, name: "Reviewers" }).waitFor();
    await expectAccessible(admin);

    await admin
      .getByLabel(`Name a lead reviewer of ${NAME}`)
      .selectOption({ label: "Leah Whitfield" });
    await admin.getByRole("button", { name: `Name lead reviewer of ${NAME}` }).click();
    const table = admin.getByRole("table", { name: `Reviewers of ${NAME}` });
    await table.getByRole("cell", { name: "Leah Whitfield", exact: true }).waitFor();
    await table.getByText("Lead", { exact: true }).waitFor();

    await admin.getByLabel("Blind review").check();
    await admin.getByRole("button", { name: "Save the settings" }).click();
    await admin.getByText("Review settings saved").waitFor();
    await admin.reload();
    await admin.getByRole("heading", { level: 1, name: "Reviewers" }).waitFor();
    await expect(admin.getByLabel("Blind review").isChecked()).resolves.toBe(true);
  });
});
