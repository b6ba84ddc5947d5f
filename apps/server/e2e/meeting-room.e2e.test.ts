import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { markEveryonePresent, scheduledMeetingsOf } from "./start-meeting.ts";

/*
 * The whole journey of a support meeting: the coach schedules a weekly series for the K–2
 * Literacy PLC from a protocol; Maria sees it with its agenda; the coach runs the first
 * occurrence; Maria finds her commitment on her plan and the summary; at the series' next
 * meeting the commitment comes back in the check-in, and answering it moves her step.
 */
const NOTES = "We agreed on the essential question for the fractions unit.";
const COMMITMENT = "Try the closing summary frame with Room 4";
const SECRET = "Maria could use a model lesson on closings";
const SERIES = "Weekly K–2 check-in";
const DAY = 24 * 60 * 60 * 1000;

/** "2026-12-02": a calendar day `days` from today. */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
}

const run = serverAndBrowserPerFile();
let coach: Page;
let teacher: Page;
let firstMeeting: { id: string; title: string };
let nextMeeting: { id: string; title: string };

async function signedIn(app: "teacher" | "coach", email: string): Promise<Page> {
  const { page } = await run.signedIn(app, email);
  return page;
}

/**
 * The teacher's plan a meeting puts commitments on: her current stage of her first program (in
 * the demo, the instructional framework's, not the technology program's), which the plan page
 * opens on.
 */
async function openCommitmentPlan(page: Page): Promise<void> {
  await page.goto("/teacher/action-plan");
  await page.getByRole("heading", { level: 1, name: "My action plan" }).waitFor();
  const plans = page.getByRole("navigation", { name: "Plans by stage" });
  if ((await plans.count()) > 0) {
    const open = plans.locator('[aria-current="page"]');
    expect(await open.textContent()).toMatch(/^Instructional framework · Stage/);
  }
}

describe("running a support meeting", () => {
  it("the coach schedules a weekly series from a protocol, and the teacher sees it", async () => {
    coach = await signedIn("coach", "coach@maplevalley.test");
    await coach.goto("/coach/meetings/new");
    await coach.getByRole("heading", { level: 1, name: "Schedule a meeting" }).waitFor();
    const team = coach.getByLabel("Team", { exact: true });
    const teamValue = await team
      .locator("option", { hasText: "K–2 Literacy PLC" })
      .first()
      .getAttribute("value");
    await team.selectOption(teamValue ?? "");
    await coach.getByLabel("Title").fill(SERIES);
    await coach.getByLabel("Date").fill(dayFromNow(1));
    await coach.getByLabel("Start time").fill("15:00");
    await coach.getByLabel("End time").fill("15:45");
    await coach.getByLabel("Room").fill("Room 108");
    await coach.getByLabel("Repeat").selectOption({ label: "Every week" });
    // Four weeks, so that at least two meetings remain when a district break takes some.
    await coach.getByLabel("Until").fill(dayFromNow(29));
    const protocol = coach.getByLabel("Protocol", { exact: true });
    const protocolValue = await protocol
      .locator("option", { hasText: "Action-plan check-in" })
      .first()
      .getAttribute("value");
    await protocol.selectOption(protocolValue ?? "");
    await coach.getByRole("button", { name: "Add all its steps" }).click();
    await coach.getByRole("button", { name: "Schedule", exact: true }).click();
    await coach
      .getByRole("status")
      .filter({ hasText: /Scheduled \d+ meetings, every/ })
      .waitFor();

    teacher = await signedIn("teacher", "teacher@maplevalley.test");
    await teacher.goto("/teacher/meetings");
    const card = teacher.getByRole("listitem").filter({ hasText: SERIES }).first();
    await card.getByText(/Agenda \(3 steps, 35 min\)/).click();
    await card.getByText("Round of commitments").waitFor();
  });

  it("the coach opens the series' first meeting and starts it", async () => {
    const [first, second] = (
      await scheduledMeetingsOf(coach, run.server.url, "K–2 Literacy PLC")
    ).filter((meeting) => meeting.title === SERIES);
    expect(first && second).toBeTruthy();
    firstMeeting = { id: first?.id ?? "", title: first?.title ?? "" };
    nextMeeting = { id: second?.id ?? "", title: second?.title ?? "" };

    await coach.goto(`/coach/meetings/${firstMeeting.id}`);
    await coach.getByRole("heading", { level: 1, name: firstMeeting.title }).waitFor();
    await expectAccessible(coach);
    await coach.getByRole("button", { name: "Start meeting" }).click();
    // The series starts tomorrow: starting it today means moving it to now, on the record.
    await coach.getByRole("button", { name: "Move it to now and start" }).click();
    await coach.getByRole("timer", { name: "Time on this step" }).waitFor();
    await expectAccessible(coach);
  });

  it("marks attendance, takes notes, records a commitment and a private note, and closes", async () => {
    await markEveryonePresent(coach);

    const notes = coach.getByLabel(/^Notes on /);
    await notes.fill(NOTES);
    // Saved as typed: no button to press.
    const saved = coach.getByRole("status").filter({ hasText: /Saved \d{1,2}:\d{2}/ });
    await saved.first().waitFor();

    await coach.getByLabel("Who").selectOption({ label: "Maria Delgado" });
    await coach.getByLabel("What").fill(COMMITMENT);
    await coach.getByRole("button", { name: "Add commitment" }).click();
    await coach.getByText(COMMITMENT).waitFor();

    await coach.getByLabel("Private coaching notes").fill(SECRET);
    await saved.nth(1).waitFor();

    await coach.getByLabel("Minutes held").fill("42");
    await coach.getByRole("button", { name: "Close meeting" }).click();
    await coach.getByRole("button", { name: "Close and credit" }).click();
    await coach.getByText("Held for 42 minutes", { exact: false }).waitFor();
    await expectAccessible(coach);
  });

  it("the teacher sees the commitment on her plan and the summary, without the private note", async () => {
    await openCommitmentPlan(teacher);
    const step = teacher.getByRole("article", { name: COMMITMENT });
    await step.waitFor();
    await step.getByRole("link", { name: new RegExp(`From ${firstMeeting.title}`) }).click();
    await teacher.getByRole("heading", { level: 1, name: firstMeeting.title }).waitFor();
    await teacher.getByText(NOTES).waitFor();
    await teacher.getByText(COMMITMENT).waitFor();
    expect(await teacher.content()).not.toContain(SECRET);
    await expectAccessible(teacher);
  });

  it("the following meeting checks in on the commitment, and the plan follows", async () => {
    await coach.goto(`/coach/meetings/${nextMeeting.id}`);
    await coach.getByRole("button", { name: "Start meeting" }).click();
    await coach.getByRole("button", { name: "Move it to now and start" }).click();
    const item = coach.getByRole("listitem").filter({ hasText: `Maria Delgado: ${COMMITMENT}` });
    await item.waitFor();
    await item.getByRole("radio", { name: "Stuck" }).check();
    await item.getByRole("button", { name: /Save check-in/ }).click();
    await item.getByText("Answered: Stuck").waitFor();

    await openCommitmentPlan(teacher);
    const step = teacher.getByRole("article", { name: COMMITMENT });
    await step.getByText("Stuck", { exact: true }).waitFor();
  });
});
