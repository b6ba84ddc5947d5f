import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { screenshotAtBothWidths } from "./screenshots.ts";
import { queryAsPage } from "./trpc-over-http.ts";

/*
 * The demo district is in Chicago; the coach and the teacher here have devices set to Tokyo
 * (15 hours ahead). What the coach types means the district's clock, and both read the
 * meeting's time on the district's clock, with its zone so nobody takes it for Tokyo's. The
 * coach then changes the meeting's agenda from the edit dialog.
 */

const TITLE = "Planning across zones";
const DAY = 86_400_000;
const TOKYO = { timezoneId: "Asia/Tokyo" };
const SHOTS = process.env.E2E_SCREENSHOT_DIR;

const run = serverAndBrowserPerFile();
let coach: Page;

async function signedIn(app: "coach" | "teacher", email: string): Promise<Page> {
  const { page } = await run.signedIn(app, email, TOKYO);
  return page;
}

const screenshot = (page: Page, name: string) =>
  screenshotAtBothWidths(page, name, { folder: SHOTS, viewport: { width: 1280, height: 900 } });

/** A Wednesday three to four weeks ahead, clear of winter break (a calendar day, no zone). */
function aWednesday(): string {
  let at = new Date(Date.now() + 21 * DAY);
  while (at.getUTCDay() !== 3) at = new Date(at.getTime() + DAY);
  const day = at.toISOString().slice(0, 10);
  const monthDay = day.slice(5);
  return monthDay >= "12-18" || monthDay <= "01-03"
    ? new Date(at.getTime() + 21 * DAY).toISOString().slice(0, 10)
    : day;
}

async function chooseOption(page: Page, label: string, text: string): Promise<void> {
  const select = page.getByLabel(label, { exact: true });
  const value = await select.locator("option", { hasText: text }).first().getAttribute("value");
  await select.selectOption(value ?? "");
}

// 2:00 PM in Chicago, with its zone (CST in winter, CDT in summer).
const CHICAGO_TIME = /2:00 PM–2:40 PM C[SD]T/;

describe("a meeting's time on the district's clock, read from another zone", () => {
  const day = aWednesday();

  it("the coach schedules 2:00 PM and reads 2:00 PM CST in the list", async () => {
    coach = await signedIn("coach", "coach@maplevalley.test");
    await coach.goto("/coach/meetings/new");
    await coach.getByRole("heading", { level: 1, name: "Schedule a meeting" }).waitFor();
    await chooseOption(coach, "Team", "K–2 Literacy PLC");
    await coach.getByLabel("Title").fill(TITLE);
    await coach.getByLabel("Date").fill(day);
    await coach.getByLabel("Start time").fill("14:00");
    await coach.getByLabel("End time").fill("14:40");
    await coach.getByLabel("Room").fill("Library");
    await chooseOption(coach, "Protocol", "Looking at student work");
    await coach.getByRole("button", { name: "Add all its steps" }).click();
    // This device's clock is not the district's: the form says whose clock it means.
    await coach.getByText(/Times are the district's \(C[SD]T, America\/Chicago\)/).waitFor();
    await expectAccessible(coach);
    await screenshot(coach, "coach-schedule-tokyo");
    await coach.getByRole("button", { name: "Schedule", exact: true }).click();
    await coach.getByRole("heading", { level: 1, name: "Meetings" }).waitFor();

    const row = coach.getByRole("listitem").filter({ hasText: TITLE });
    await row.waitFor();
    expect((await row.textContent()) ?? "").toMatch(CHICAGO_TIME);

    // The instant saved is 2:00 PM in Chicago, not 2:00 PM in Tokyo.
    const meetings = await queryAsPage<{
      upcoming: { title: string; startsAt: string }[];
    }>(coach, run.server.url, "meetings.forCoach");
    const saved = meetings.upcoming.find((meeting) => meeting.title === TITLE);
    const chicago = new Intl.DateTimeFormat("en-US", {
      timeZone: "America/Chicago",
      hour: "numeric",
      minute: "2-digit",
    });
    expect(chicago.format(new Date(saved?.startsAt ?? 0))).toBe("2:00 PM");
    await expectAccessible(coach);
    await screenshot(coach, "coach-meetings-tokyo");
  });

  it("the teacher reads the same time, with the zone", async () => {
    const teacher = await signedIn("teacher", "teacher@maplevalley.test");
    await teacher.goto("/teacher/meetings");
    const card = teacher.getByRole("listitem").filter({ hasText: TITLE }).first();
    await card.waitFor();
    expect((await card.textContent()) ?? "").toMatch(CHICAGO_TIME);
    await expectAccessible(teacher);
    await screenshot(teacher, "teacher-meetings-tokyo");
  });

  it("the coach changes the meeting's agenda from the edit dialog", async () => {
    const row = coach.getByRole("listitem").filter({ hasText: TITLE }).first();
    await row.getByRole("button", { name: /^Edit / }).click();
    const dialog = coach.getByRole("dialog", { name: `Edit “${TITLE}”` });
    // The fields show the district's clock, as typed.
    await expect(dialog.getByLabel("Start time").inputValue()).resolves.toBe("14:00");
    await expect(dialog.getByLabel("Date").inputValue()).resolves.toBe(day);
    await dialog.getByLabel(/^Change the agenda/).check();
    await chooseOption(coach, "Protocol", "Action-plan check-in");
    await dialog.getByRole("button", { name: "Add all its steps" }).click();
    await expectAccessible(coach);
    await screenshot(coach, "coach-edit-agenda-tokyo");
    await dialog.getByRole("button", { name: "Save", exact: true }).click();
    await coach.getByRole("status").filter({ hasText: "Saved 1 meeting." }).waitFor();

    const meetings = await queryAsPage<{
      upcoming: { id: string; title: string }[];
    }>(coach, run.server.url, "meetings.forCoach");
    const id = meetings.upcoming.find((meeting) => meeting.title === TITLE)?.id ?? "";
    const summary = await queryAsPage<{ agenda: { title: string; protocolName: string | null }[] }>(
      coach,
      run.server.url,
      `meetingRoom.summary?input=${encodeURIComponent(JSON.stringify({ json: { meetingId: id } }))}`,
    );
    expect(new Set(summary.agenda.map((item) => item.protocolName))).toEqual(
      new Set(["Action-plan check-in"]),
    );
  });
});
