import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { screenshotAtBothWidths } from "./screenshots.ts";
import { markEveryonePresent, scheduledMeetingsOf } from "./start-meeting.ts";

/*
 * Nothing is credited that did not happen: a coach starts a meeting days early only by moving it
 * to now, and closing it states the minutes (starting from the planned length) and who gets
 * them; the enrol picker holds back a teacher who has not finished the earlier stages.
 */

const run = serverAndBrowserPerFile();

async function signedIn(app: "admin" | "coach" | "teacher", email: string): Promise<Page> {
  const { page } = await run.signedIn(app, email);
  return page;
}

/** Desktop and phone pictures of what the page shows now, when SCREENSHOT_DIR is set. */
const screenshots = (page: Page, name: string) =>
  screenshotAtBothWidths(page, name, { folder: process.env.SCREENSHOT_DIR });

/** A scheduled meeting of the team at least two days ahead, through the coach's own session. */
async function meetingDaysAhead(page: Page, teamName: string) {
  const soonest = Date.now() + 2 * 86_400_000;
  const found = (await scheduledMeetingsOf(page, run.server.url, teamName)).find(
    (m) => new Date(m.startsAt).getTime() > soonest,
  );
  if (!found) throw new Error(`No meeting of ${teamName} days ahead in the demo.`);
  return found;
}

describe("a meeting held before its day", () => {
  it("starts only by moving it to now, and closing confirms the planned minutes and who gets them", async () => {
    const coach = await signedIn("coach", "coach@maplevalley.test");
    const meeting = await meetingDaysAhead(coach, "K–2 Literacy PLC");
    const planned = Math.round(
      (new Date(meeting.endsAt).getTime() - new Date(meeting.startsAt).getTime()) / 60_000,
    );

    await coach.goto(`/coach/meetings/${meeting.id}`);
    const meetingTitle = meeting.title;
    await coach.getByRole("button", { name: "Start meeting" }).click();
    const ask = coach.getByRole("dialog", { name: "Start this meeting early?" });
    await ask
      .getByText(/This meeting is scheduled for \w{3}, \w{3} \d+\. Move it to now and start\?/)
      .waitFor();
    await expectAccessible(coach);
    await screenshots(coach, "meeting-move-to-now");
    await ask.getByRole("button", { name: "Move it to now and start" }).click();
    await coach.getByRole("timer", { name: "Time on this step" }).waitFor();

    await markEveryonePresent(coach);

    // The field starts from the planned length, not from the seconds the room has been open.
    await expect(coach.getByLabel("Minutes held").inputValue()).resolves.toBe(String(planned));
    await coach.getByRole("button", { name: "Close meeting…" }).click();
    const confirm = coach.getByRole("dialog", {
      name: `Close the meeting and credit ${planned} minutes?`,
    });
    await confirm.getByText(`${planned} minutes of PD go to`, { exact: false }).waitFor();
    await confirm.getByText("Maria Delgado", { exact: false }).waitFor();
    await expectAccessible(coach);
    await screenshots(coach, "meeting-close-confirm");
    await confirm.getByRole("button", { name: "Close and credit" }).click();
    await coach.getByText(`Held for ${planned} minutes`, { exact: false }).waitFor();

    // The coach's list calls it held, in Recent: never "Upcoming · Closed".
    await coach.goto("/coach/meetings");
    const recent = coach.getByRole("region", { name: "Recent" });
    // The coach's row for this meeting and the teacher's past meeting say the same, by one rule.
    const held = recent
      .getByRole("listitem")
      .filter({ has: coach.getByRole("link", { name: meetingTitle, exact: true }) })
      .first()
      .getByText(/^Held \w{3}, \w{3} \d+$/);
    const heldLabel = (await held.textContent()) ?? "";
    await screenshots(coach, "coach-meetings");

    const teacher = await signedIn("teacher", "teacher@maplevalley.test");
    await teacher.goto("/teacher/meetings");
    const past = teacher.getByRole("region", { name: "Past meetings" });
    await past
      .getByRole("listitem")
      .filter({ hasText: meetingTitle })
      .filter({ hasText: heldLabel })
      .first()
      .waitFor();
    await expectAccessible(teacher);
    await screenshots(teacher, "teacher-meetings");
  });
});

describe("enrolling in a later stage", () => {
  it("holds back a teacher still in Stage 1, and enrols them only by a recorded override", async () => {
    const admin = await signedIn("admin", "admin@maplevalley.test");
    await admin
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Cohorts" })
      .click();
    await admin
      .getByRole("link", { name: /Maple Valley Elementary · Stage 2/ })
      .first()
      .click();
    await admin.getByLabel("Team", { exact: true }).selectOption({ label: "K–2 Literacy PLC" });

    const maria = admin.getByRole("checkbox", { name: /Maria Delgado/ });
    await maria.waitFor();
    await expect(maria.isDisabled()).resolves.toBe(true);
    const row = admin.getByRole("listitem").filter({ has: maria });
    await row.getByText("Current stage: Stage 1 · In progress").waitFor();
    await row.getByText("Held back: Stage 1 not complete").waitFor();
    await expectAccessible(admin);
    await screenshots(admin, "enrol-picker-held-back");

    await row.getByRole("button", { name: "Enrol Maria Delgado anyway…" }).click();
    await admin
      .getByLabel("Why enrol Maria Delgado before the earlier stages?")
      .fill("Finishing Stage 1 alongside; agreed with her coach");
    await admin.getByRole("button", { name: "Enrol 1 teacher" }).click();
    await admin.getByText("1 teacher enrolled by your override", { exact: false }).waitFor();
    await expectAccessible(admin);
    await screenshots(admin, "enrol-picker-override");
  });
});
