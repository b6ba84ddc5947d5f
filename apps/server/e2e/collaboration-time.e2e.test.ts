import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";

/* Issue 5: a district admin protects collaboration time the finder proposed. */

const run = serverAndBrowserPerFile();

describe("collaboration time", () => {
  let admin: Page;

  it("a district admin schedules a block from the first window the finder proposes", async () => {
    const { page } = await run.signedIn("admin", "admin@maplevalley.test");
    admin = page;
    await admin
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Collaboration time" })
      .click();
    await admin.getByRole("heading", { level: 1, name: "Collaboration time" }).waitFor();
    await admin.getByLabel("School").selectOption({ label: "Maple Valley Elementary" });
    await admin.getByRole("heading", { name: "Week at Maple Valley Elementary" }).waitFor();
    await expectAccessible(admin);

    await admin.getByLabel("Team").selectOption({ label: "Grades 3–5 Team (6 members)" });
    await admin.getByLabel("Minimum minutes").fill("45");
    await admin.getByRole("button", { name: "Find common time" }).click();
    const proposals = admin.getByRole("list", { name: "Proposed windows" });
    const first = proposals.getByRole("listitem").first();
    await first.getByText("Thursday 1:00 PM–2:00 PM · 60 min · everyone free").waitFor();
    await expectAccessible(admin);

    await first.getByRole("button", { name: "Schedule block on Thursday 1:00 PM–2:00 PM" }).click();
    await first.getByText("Block scheduled: Thursday 1:00 PM–2:00 PM").waitFor();
    await admin
      .getByRole("list", { name: "Collaboration blocks" })
      .getByText("Grades 3–5 Team · Thursday 1:00 PM–2:00 PM")
      .waitFor();
    // Drawn in the week view too (a picture, so found by its text, not its role).
    await admin.locator('[aria-hidden="true"]').getByText("Grades 3–5 Team").waitFor();
    await expectAccessible(admin);
  });

  it("the same window again for the same team shows the clash", async () => {
    const first = admin
      .getByRole("list", { name: "Proposed windows" })
      .getByRole("listitem")
      .first();
    await first.getByRole("button", { name: "Schedule block on Thursday 1:00 PM–2:00 PM" }).click();
    await first
      .getByText("Kevin Osei is already in the Grades 3–5 Team block on Thursday 1:00 PM–2:00 PM")
      .waitFor();
    await expectAccessible(admin);
  });

  it("a window that misses one member asks before scheduling over their class", async () => {
    await admin.getByLabel("Allow one absent").check();
    await admin.getByRole("button", { name: "Find common time" }).click();
    const partial = admin
      .getByRole("list", { name: "Proposed windows" })
      .getByRole("listitem")
      .filter({ hasText: "all but Priya Raman" })
      .first();
    await partial.getByRole("button", { name: /^Schedule block/ }).click();
    await partial
      .getByText("Priya Raman teaches Grade 4 Word study on Monday 9:45 AM–10:30 AM")
      .waitFor();
    await partial.getByRole("button", { name: "Schedule anyway" }).click();
    await partial.getByText("Block scheduled: Monday 9:45 AM–10:30 AM").waitFor();
    await admin
      .getByRole("list", { name: "Collaboration blocks" })
      .getByText("Grades 3–5 Team · Monday 9:45 AM–10:30 AM")
      .waitFor();
  });

  it("a principal edits a teacher's timetable, and a bad row is refused beside it", async () => {
    const { page } = await run.signedIn("admin", "principal@maplevalley.test");
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Collaboration time" })
      .click();
    await page.getByRole("link", { name: "Bell schedule and timetables" }).click();
    await page.getByRole("heading", { level: 1, name: "Bell schedule and timetables" }).waitFor();
    await page.getByLabel("Period 1: name").waitFor();
    await expect(page.getByLabel("Period 1: name").inputValue()).resolves.toBe("Morning meeting");
    await expectAccessible(page);

    await page.getByLabel("Teacher").selectOption({ label: "Kevin Osei" });
    await page.getByLabel("Class 1: name").waitFor();
    await page.getByRole("button", { name: "Add a row" }).nth(1).click();
    const rows = page.getByRole("list", { name: "Class rows" }).getByRole("listitem");
    const added = await rows.count();
    await page.getByLabel(`Class ${added}: name`).fill("Grade 4 Chess club");
    await page.getByLabel(`Class ${added}: start`).fill("15:00");
    await page.getByLabel(`Class ${added}: end`).fill("14:00");
    await page.getByRole("button", { name: "Save the timetable" }).click();
    await page.getByText("The end must be after the start").waitFor();
    await page.getByLabel(`Class ${added}: end`).fill("15:45");
    await page.getByRole("button", { name: "Save the timetable" }).click();
    await page.getByRole("status").getByText("Timetable saved").waitFor();
  });

  it("a coach fills a meeting's time from the team's collaboration block", async () => {
    const { page } = await run.signedIn("coach", "coach@maplevalley.test");
    await page.goto("/coach/meetings/new?teamId=");
    await page.getByRole("heading", { level: 1, name: "Schedule a meeting" }).waitFor();
    const team = page.getByLabel("Team", { exact: true });
    const k2 = await team.locator("option", { hasText: "K–2 Literacy PLC" }).getAttribute("value");
    await team.selectOption(k2 ?? "");
    await page.getByRole("button", { name: "Wednesday 2:00 PM–2:45 PM" }).click();
    await expect(page.getByLabel("Start time").inputValue()).resolves.toBe("14:00");
    await expect(page.getByLabel("End time").inputValue()).resolves.toBe("14:45");
    const date = await page.getByLabel("Date").inputValue();
    expect(new Date(`${date}T12:00:00`).getDay()).toBe(3);
    await expectAccessible(page);
  });
});
