import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";

/*
 * Meetings that fit the school's real week: a series scheduled from the team's protected block
 * skips a district break and says so; a scheduled meeting is edited; the meeting room marks
 * everyone present at once. Everything is created here, so demo meeting times do not matter.
 */

const TITLE = "Block planning";
const BREAK = "Test week off";
const DAY = 86_400_000;

const run = serverAndBrowserPerFile();
let coach: Page;

async function signedIn(app: "admin" | "coach", email: string): Promise<Page> {
  return (await run.signedIn(app, email, { timezoneId: "America/Chicago" })).page;
}

const plusDays = (day: string, days: number) =>
  new Date(new Date(`${day}T12:00:00Z`).getTime() + days * DAY).toISOString().slice(0, 10);

async function chooseOption(page: Page, label: string, text: string): Promise<void> {
  const select = page.getByLabel(label, { exact: true });
  const value = await select.locator("option", { hasText: text }).first().getAttribute("value");
  await select.selectOption(value ?? "");
}

describe("meetings in the school's real week", () => {
  let firstDay = "";

  it("schedules a weekly series from the team's block, skipping a break's weeks", async () => {
    coach = await signedIn("coach", "coach@maplevalley.test");
    await coach.goto("/coach/meetings/new");
    await coach.getByRole("heading", { level: 1, name: "Schedule a meeting" }).waitFor();
    await chooseOption(coach, "Team", "K–2 Literacy PLC");
    // The K–2 Literacy PLC's protected Wednesday block fills the date, times and a weekly repeat.
    await coach.getByRole("button", { name: /^Wednesday / }).click();
    firstDay = await coach.getByLabel("Date").inputValue();
    expect(firstDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(coach.getByLabel("Repeat").inputValue()).resolves.toBe("weekly");

    // A district break over the second and third Wednesdays.
    const admin = await signedIn("admin", "admin@maplevalley.test");
    const added = await admin.request.post(`${run.server.url}/trpc/reminderSettings.addHoliday`, {
      data: {
        json: { name: BREAK, startsOn: plusDays(firstDay, 6), endsOn: plusDays(firstDay, 15) },
      },
    });
    expect(added.ok()).toBe(true);

    // A time after the school day is flagged as it is typed; the block's time again is not.
    await coach.getByLabel("End time").fill("17:30");
    await coach.getByText(/after the school day ends at/).waitFor();
    await coach.getByRole("button", { name: /^Wednesday / }).click();
    await expect.poll(() => coach.getByText(/after the school day ends at/).count()).toBe(0);

    await coach.getByLabel("Title").fill(TITLE);
    await coach.getByLabel("Room").fill("Library");
    await coach.getByLabel("Until").fill(plusDays(firstDay, 28));
    await chooseOption(coach, "Protocol", "Looking at student work");
    await coach.getByRole("button", { name: "Add all its steps" }).click();
    await expectAccessible(coach);
    await coach.getByRole("button", { name: "Schedule", exact: true }).click();
    await coach.getByRole("heading", { level: 1, name: "Meetings" }).waitFor();
    const status = coach.getByRole("status").filter({ hasText: `(${BREAK})` });
    await status.waitFor();
    expect((await status.textContent()) ?? "").toMatch(
      /Skipped \w+ \d+ and \w+ \d+ \(Test week off\)/,
    );
  });

  it("edits one scheduled meeting's time", async () => {
    const row = coach.getByRole("listitem").filter({ hasText: TITLE }).first();
    await row.getByRole("button", { name: /^Edit / }).click();
    const dialog = coach.getByRole("dialog", { name: `Edit “${TITLE}”` });
    await dialog.getByLabel("Start time").fill("14:00");
    await dialog.getByLabel("End time").fill("14:40");
    await dialog.getByLabel("Title").fill(`${TITLE}, moved`);
    await expectAccessible(coach);
    await dialog.getByRole("button", { name: "Save this meeting" }).click();
    await coach.getByRole("status").filter({ hasText: "Saved 1 meeting." }).waitFor();
    const moved = coach.getByRole("listitem").filter({ hasText: `${TITLE}, moved` });
    await expect.poll(() => moved.count()).toBe(1);
    expect((await moved.textContent()) ?? "").toContain("2:00 PM–2:40 PM");
  });

  it("marks all present in the meeting room", async () => {
    await coach.getByRole("link", { name: `${TITLE}, moved` }).click();
    await coach.getByRole("button", { name: "Start meeting" }).click();
    // Before the meeting's day, starting means moving it to now; on its day it just starts.
    const move = coach.getByRole("button", { name: "Move it to now and start" });
    const markAll = coach.getByRole("button", { name: "Mark all present" });
    await Promise.race([move.waitFor(), markAll.waitFor()]);
    if (await move.isVisible()) await move.click();
    await markAll.click();
    await coach.getByText("Everyone is marked.").waitFor();
    const radios = coach.getByRole("radio", { name: "Present" });
    for (const radio of await radios.all()) {
      await expect(radio.isChecked()).resolves.toBe(true);
    }
    await expectAccessible(coach);
  });
});
