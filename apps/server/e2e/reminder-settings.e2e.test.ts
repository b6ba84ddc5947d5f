import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";

/* Issue 9: the district sets how early meetings are reminded and marks its breaks. */

const run = serverAndBrowserPerFile();

async function signedIn(email: string): Promise<Page> {
  const { page } = await run.signedIn("admin", email);
  return page;
}

describe("reminder settings", () => {
  let admin: Page;

  it("a district admin changes the hour-before reminder to two hours", async () => {
    admin = await signedIn("admin@maplevalley.test");
    await admin
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Reminders" })
      .click();
    await admin.getByRole("heading", { level: 1, name: "Reminders" }).waitFor();
    await expectAccessible(admin);
    await expect(admin.getByLabel("Time zone").inputValue()).resolves.toBe("America/Chicago");

    await admin.getByLabel("Reminder 2: how long before").fill("2");
    await admin.getByRole("button", { name: "Save reminders" }).click();
    await admin.getByRole("status").getByText("Reminders saved").waitFor();
    await admin.reload();
    await expect(admin.getByLabel("Reminder 2: how long before").inputValue()).resolves.toBe("2");
    await expect(admin.getByLabel("Reminder 2: unit").inputValue()).resolves.toBe("hours");
  });

  it("a reminder of one minute is refused beside its field", async () => {
    await admin.getByLabel("Reminder 2: how long before").fill("1");
    await admin.getByLabel("Reminder 2: unit").selectOption("minutes");
    await admin.getByRole("button", { name: "Save reminders" }).click();
    await admin.getByText("Remind at least 5 minutes before").waitFor();
    await expect(
      admin.getByLabel("Reminder 2: how long before").getAttribute("aria-invalid"),
    ).resolves.toBe("true");
  });

  it("adds a break, refusing one that ends before it starts", async () => {
    await admin.getByLabel("Name").fill("Thanksgiving break");
    await admin.getByLabel("First day").fill("2026-11-27");
    await admin.getByLabel("Last day").fill("2026-11-25");
    await admin.getByRole("button", { name: "Add the break" }).click();
    await admin.getByText("The break ends on or after its first day").waitFor();
    await expectAccessible(admin);

    await admin.getByLabel("Last day").fill("2026-11-28");
    await admin.getByRole("button", { name: "Add the break" }).click();
    await admin.getByRole("cell", { name: "Thanksgiving break", exact: true }).waitFor();
    await expect(admin.getByLabel("Name").inputValue()).resolves.toBe("");
    await admin.getByRole("button", { name: "Remove Thanksgiving break" }).click();
    await admin
      .getByRole("cell", { name: "Thanksgiving break", exact: true })
      .waitFor({ state: "detached" });
  });

  it("renames the demo district, refusing a name too short beside its field", async () => {
    await admin.getByLabel("District", { exact: true }).fill("x");
    await admin.getByRole("button", { name: "Save the name" }).click();
    await admin.getByText("Give the district's name, at least 2 characters.").waitFor();
    await admin.getByLabel("District", { exact: true }).fill("Lakeshore Public Schools");
    await admin.getByRole("button", { name: "Save the name" }).click();
    await admin.getByRole("status").getByText("Name saved").waitFor();
    await expectAccessible(admin);
    await admin.reload();
    await expect(admin.getByLabel("District", { exact: true }).inputValue()).resolves.toBe(
      "Lakeshore Public Schools",
    );
  });

  it("principals do not see the page in their navigation", async () => {
    const principal = await signedIn("principal@maplevalley.test");
    await expect
      .poll(() =>
        principal
          .getByRole("navigation", { name: "Main" })
          .getByRole("link", { name: "Reminders" })
          .count(),
      )
      .toBe(0);
  });
});
