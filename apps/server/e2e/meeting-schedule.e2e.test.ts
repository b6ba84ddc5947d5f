import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";

const TITLE = "Grade K–2 planning";
const DAY = 86_400_000;

const run = serverAndBrowserPerFile();

/** A signed-in page of its own, in a school's time zone (the form reads the browser's). */
async function signedIn(app: "teacher" | "coach", email: string): Promise<Page> {
  return (await run.signedIn(app, email, { timezoneId: "America/Chicago" })).page;
}

/** "2026-12-02": a calendar day `days` from today. */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
}

/** The error text announced with a field (its aria-describedby), as a screen reader hears it. */
async function describedText(page: Page, label: string): Promise<string> {
  const ids =
    (await page.getByLabel(label, { exact: true }).getAttribute("aria-describedby")) ?? "";
  const texts = await Promise.all(
    ids
      .split(" ")
      .filter(Boolean)
      .map(async (id) => (await page.locator(`[id="${id}"]`).textContent()) ?? ""),
  );
  return texts.join(" ");
}

/** Selects the option whose text starts with `text` (labels carry step counts and minutes). */
async function chooseOption(page: Page, label: string, text: string): Promise<void> {
  const select = page.getByLabel(label, { exact: true });
  const value = await select.locator("option", { hasText: text }).first().getAttribute("value");
  await select.selectOption(value ?? "");
}

let coach: Page;
const firstDay = dayFromNow(7);
const lastDay = dayFromNow(7 + 70);

describe("scheduling a recurring support meeting", () => {
  it("the coach opens Meetings and the scheduling form", async () => {
    coach = await signedIn("coach", "coach@maplevalley.test");
    await coach
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Meetings" })
      .click();
    await coach.getByRole("heading", { level: 1, name: "Meetings" }).waitFor();
    await coach.getByRole("heading", { level: 2, name: "Upcoming" }).waitFor();
    await expectAccessible(coach);
    await coach.getByRole("link", { name: "Schedule a meeting" }).click();
    await coach.getByRole("heading", { level: 1, name: "Schedule a meeting" }).waitFor();
  });

  it("builds the agenda from a whole protocol and one more step", async () => {
    await chooseOption(coach, "Team", "K–2 Literacy PLC");
    await coach.getByLabel("Title").fill(TITLE);
    await coach.getByLabel("Date").fill(firstDay);
    await coach.getByLabel("Start time").fill("15:00");
    await coach.getByLabel("End time").fill("16:00");
    await coach.getByLabel("Room").fill("Library");
    await coach.getByLabel("Repeat").selectOption({ label: "Every other week" });
    await chooseOption(coach, "Protocol", "Looking at student work");
    await coach.getByRole("button", { name: "Add all its steps" }).click();
    await chooseOption(coach, "Single step", "Round of commitments");
    await coach.getByRole("button", { name: "Add step" }).click();
    const steps = coach
      .getByRole("list")
      .filter({ hasText: "Presenting the work" })
      .getByRole("listitem");
    expect(await steps.count()).toBe(6);
    expect((await steps.last().textContent()) ?? "").toContain("Round of commitments");
    // The added step moves up one place and back down: the order is the facilitator's.
    await coach.getByRole("button", { name: "Move Round of commitments up" }).click();
    expect((await steps.nth(4).textContent()) ?? "").toContain("Round of commitments");
    await coach.getByRole("button", { name: "Move Round of commitments down" }).click();
    await coach.getByText(/6 steps, \d+ min of a 60-minute meeting/).waitFor();
    await expectAccessible(coach);
  });

  it("shows the server's message next to the field it is about", async () => {
    await coach.getByLabel("Until").fill(dayFromNow(3));
    await coach.getByRole("button", { name: "Schedule", exact: true }).click();
    await coach.getByText("The last day must be after the first meeting").waitFor();
    expect(await describedText(coach, "Until")).toContain(
      "The last day must be after the first meeting",
    );

    await coach.getByLabel("Until").fill(lastDay);
    await coach.getByLabel("End time").fill("14:00");
    await coach.getByRole("button", { name: "Schedule", exact: true }).click();
    await coach.getByText("The meeting must end after it starts").waitFor();
    expect(await describedText(coach, "End time")).toContain(
      "The meeting must end after it starts",
    );
    await expectAccessible(coach);
  });

  it("schedules the series and lists every occurrence as repeating", async () => {
    await coach.getByLabel("End time").fill("16:00");
    await coach.getByRole("button", { name: "Schedule", exact: true }).click();
    await coach.getByRole("heading", { level: 1, name: "Meetings" }).waitFor();
    // Days 0, 14, 28, 42, 56 and 70 from the first, less any that fall in a district break.
    const status = coach
      .getByRole("status")
      .filter({ hasText: /Scheduled \d+ meetings, every other/ });
    await status.waitFor();
    const text = (await status.textContent()) ?? "";
    const count = Number(/Scheduled (\d+) meetings/.exec(text)?.[1]);
    const skipped = [...text.matchAll(/Skipped ([^(]+)\(/g)].flatMap((match) =>
      (match[1] ?? "").split(" and "),
    );
    expect(count + skipped.length).toBe(6);
    await coach.getByRole("link", { name: TITLE }).first().waitFor();
    const rows = coach
      .getByRole("listitem")
      .filter({ has: coach.getByRole("link", { name: TITLE }) });
    expect(await rows.count()).toBe(count);
    for (const row of await rows.all()) {
      expect((await row.textContent()) ?? "").toMatch(
        /Repeats[\s\S]*K–2 Literacy PLC[\s\S]*Agenda: 6 steps/,
      );
    }
    await expectAccessible(coach);
  });

  it("a member teacher sees the meeting with its agenda", async () => {
    const teacher = await signedIn("teacher", "teacher@maplevalley.test");
    await teacher
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Meetings" })
      .click();
    await teacher.getByRole("heading", { level: 1, name: "Meetings" }).waitFor();
    const meeting = teacher
      .getByRole("listitem")
      .filter({ has: teacher.getByRole("heading", { name: TITLE }) })
      .first();
    await meeting.waitFor();
    expect((await meeting.textContent()) ?? "").toContain("Library");
    await meeting.getByText(/Agenda \(6 steps, \d+ min\)/).click();
    for (const step of [
      "Presenting the work",
      "Implications for teaching",
      "Round of commitments",
    ]) {
      await meeting.getByText(step).waitFor();
    }
    await expectAccessible(teacher);
  });
});
