import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { screenshotAtBothWidths } from "./screenshots.ts";

/*
 * Issue 20: a coach logs a co-teaching session and sees the week's workload; the teacher sees
 * that it happened on her record; the team's facilitator reads the team profile and sets the
 * next focus, which shows on a teammate's home and on the next meeting's agenda, and whose
 * sessions the teammate's recommendations carry with the team's choice as the reason.
 */

const run = serverAndBrowserPerFile();
const shots = process.env.COACHING_LOG_SCREENSHOTS;

/** Janelle Brooks coaches Maria Delgado and facilitates her team, the K–2 Literacy PLC. */
const COACH = "coach@maplevalley.test";
const TEACHER = "teacher@maplevalley.test";
const TEAM = "K–2 Literacy PLC";
const NOTE = "Co-taught the fractions launch; Maria will try exit tickets in period 3.";
const REASON = "Few of us check for understanding before the task.";

let coach: Page;
let focusIndicator = "";
/** A session of Maria's stage she has not taken, chosen with the focus. */
let focusSession = "";
/** The coach's week after logging, as her page counts it (the demo has logged coaching too). */
let week = { interactions: 0, minutes: 0, teachers: 0 };

/** The figure under a label of this week's workload ("Interactions" → 3). */
async function thisWeek(page: Page, label: string): Promise<number> {
  const figure = page.locator("dl > div", { has: page.locator("dt", { hasText: label }) });
  return Number((await figure.locator("dd").textContent()) ?? "");
}

describe("the coaching log", () => {
  it("a coach logs a co-teaching session and sees the week's workload", async () => {
    ({ page: coach } = await run.signedIn("coach", COACH, { timezoneId: "America/Chicago" }));
    await coach.getByRole("link", { name: "Coaching log" }).first().click();
    await coach.getByRole("heading", { level: 1, name: "Coaching log" }).waitFor();
    await coach.getByRole("heading", { level: 2, name: "This week" }).waitFor();
    await coach.locator("dt", { hasText: "Interactions" }).waitFor();
    const before = await thisWeek(coach, "Interactions");
    const minutesBefore = await thisWeek(coach, "Minutes");

    // Nobody chosen: the server's message is shown beside the teachers.
    await coach.getByRole("button", { name: "Log interaction" }).click();
    await coach.getByText("Choose the teacher you worked with").waitFor();

    await coach.getByLabel("Kind").selectOption("co_teaching");
    await coach.getByLabel("Minutes").fill("40");
    await coach.getByRole("checkbox", { name: "Maria Delgado" }).check();
    await coach.getByLabel("Private note (optional)").fill(NOTE);
    await coach.getByRole("button", { name: "Log interaction" }).click();
    await coach.getByText("Logged. It counts toward this week.").waitFor();
    await expect.poll(() => thisWeek(coach, "Interactions")).toBe(before + 1);
    expect(await thisWeek(coach, "Minutes")).toBe(minutesBefore + 40);
    expect(await thisWeek(coach, "Teachers reached")).toBeGreaterThanOrEqual(1);
    week = {
      interactions: before + 1,
      minutes: minutesBefore + 40,
      teachers: await thisWeek(coach, "Teachers reached"),
    };
    await coach.getByText(NOTE).waitFor();
    await expectAccessible(coach);
    await screenshotAtBothWidths(coach, "coachlog-coach", { folder: shots });
  });

  it("the coach finds it on the teacher's page too", async () => {
    await coach.goto("/coach/");
    await coach.getByRole("link", { name: "Maria Delgado" }).first().click();
    await coach.getByRole("heading", { level: 1, name: "Maria Delgado" }).waitFor();
    await coach.getByRole("heading", { level: 2, name: "Coaching logged" }).waitFor();
    await coach.getByText(NOTE).waitFor();
  });

  it("the teacher sees it happened, with her coach's note", async () => {
    const { page: teacher } = await run.signedIn("teacher", TEACHER, {
      timezoneId: "America/Chicago",
    });
    await teacher.goto("/teacher/observations");
    await teacher.getByRole("heading", { level: 2, name: "Coaching you received" }).waitFor();
    const entry = teacher.getByRole("listitem").filter({ hasText: NOTE });
    await entry.getByText(/Co-teaching · .* · 40 min/).waitFor();
    await entry.getByText("with Janelle Brooks").waitFor();
    await expectAccessible(teacher);
    await teacher
      .getByRole("heading", { level: 2, name: "Coaching you received" })
      .scrollIntoViewIfNeeded();
    await screenshotAtBothWidths(teacher, "coachlog-teacher", { folder: shots });
  });

  it("the facilitator reads the team profile and sets the next focus", async () => {
    await coach.goto("/coach/");
    await coach
      .getByRole("navigation", { name: "Your teams" })
      .getByRole("link", { name: TEAM })
      .click();
    await coach.getByRole("heading", { level: 1, name: TEAM }).waitFor();
    await coach.getByRole("heading", { level: 2, name: "Team profile" }).waitFor();
    const profile = coach.getByRole("table", { name: /Members at each level/ });
    await profile.waitFor();
    expect(await profile.getByRole("row").count()).toBeGreaterThan(1);

    const indicators = coach.getByRole("group", { name: "Indicators" });
    const first = indicators.getByRole("checkbox").first();
    focusIndicator = ((await indicators.locator("label").first().textContent()) ?? "").trim();
    if (!(await first.isChecked())) await first.check();
    const sessions = coach.getByRole("group", { name: "MicroPD sessions (optional)" });
    await sessions.getByRole("checkbox").first().check();
    // The last session of Stage 1, where Maria is: one she has not completed yet.
    const lastOfStage = sessions
      .locator("label")
      .filter({ hasText: /^Stage 1: / })
      .last();
    await lastOfStage.getByRole("checkbox").check();
    focusSession = ((await lastOfStage.textContent()) ?? "").trim().replace(/^Stage 1: /, "");
    await coach.getByLabel("Why this focus (optional)").fill(REASON);
    await coach.getByRole("button", { name: "Set the next focus" }).click();
    await coach.getByText(/^Saved\. It is on the agenda of/).waitFor();
    await coach.getByText(`Set by Janelle Brooks on`).first().waitFor();
    await expectAccessible(coach);
    await coach.getByRole("heading", { level: 2, name: "Team profile" }).scrollIntoViewIfNeeded();
    await screenshotAtBothWidths(coach, "coachlog-profile", { folder: shots });
  });

  it("the focus shows on a teammate's home and on the next meeting's agenda", async () => {
    const { page: teacher } = await run.signedIn("teacher", TEACHER, {
      timezoneId: "America/Chicago",
    });
    const title = focusIndicator.replace(/^\S+\s+/, "");
    const card = teacher.locator("div", {
      has: teacher.getByRole("heading", { name: "Your team's focus" }),
    });
    await teacher.getByRole("heading", { name: "Your team's focus" }).waitFor();
    await card
      .getByRole("heading", { level: 3, name: new RegExp(title) })
      .first()
      .waitFor();
    await card.getByText(REASON).first().waitFor();
    await expectAccessible(teacher);
    await teacher.getByRole("heading", { name: "Your team's focus" }).scrollIntoViewIfNeeded();
    await screenshotAtBothWidths(teacher, "coachlog-home", { folder: shots });

    await teacher.goto("/teacher/meetings");
    const agenda = teacher.getByText(/^Agenda \(/).first();
    await agenda.click();
    await teacher
      .getByText(/\d+\. Our next focus/)
      .first()
      .waitFor();
    await teacher
      .getByText(/Janelle Brooks set the team's next focus/)
      .first()
      .waitFor();
  });

  it("the teammate's recommendations carry the chosen session, with the team's choice as the reason", async () => {
    const { page: teacher } = await run.signedIn("teacher", TEACHER);
    await teacher.goto("/teacher/recommendations");
    await teacher.getByRole("heading", { level: 1, name: "Recommended for you" }).waitFor();
    const item = teacher
      .getByRole("listitem")
      // Sessions are listed under their program's heading: the district runs two programs.
      .filter({ has: teacher.getByRole("heading", { level: 3, name: focusSession, exact: true }) });
    await item.waitFor();
    await item.getByText(`${TEAM}'s focus, chosen by Janelle Brooks`).waitFor();
    await item
      .getByText(/^Your team chose ‘.+’ as its next focus on [A-Z][a-z]{2} \d{1,2}/)
      .waitFor();
    // Once, whatever else brings it.
    expect(await item.count()).toBe(1);
    // The card above keeps who chose the focus and why, not the sessions again.
    const card = teacher.locator("div", {
      has: teacher.getByRole("heading", { name: "Your team's focus" }),
    });
    await card.getByText(REASON).first().waitFor();
    // The session's one link is its item's "Start session": the card no longer lists it.
    expect(await teacher.getByRole("link", { name: focusSession }).count()).toBe(1);
    await expectAccessible(teacher);
    await item.scrollIntoViewIfNeeded();
    await screenshotAtBothWidths(teacher, "coachlog-recommendations", { folder: shots });
  });
});

describe("the district's view of coaching", () => {
  it("a district admin sees each coach's week as counts and counts coaching as PD time", async () => {
    const { page: admin } = await run.signedIn("admin", "admin@maplevalley.test", {
      timezoneId: "America/Chicago",
    });
    await admin.getByRole("link", { name: "Coaching", exact: true }).first().click();
    await admin.getByRole("heading", { level: 1, name: "Coaching" }).waitFor();
    const table = admin.getByRole("table", { name: /Logged coaching of the district's coaches/ });
    const row = table.getByRole("row", { name: /Janelle Brooks/ });
    await row
      .getByText(
        `${week.interactions} interactions, ${week.minutes} minutes, ${week.teachers} teachers reached`,
      )
      .first()
      .waitFor();
    // Counts only: the coach's note never reaches the district.
    expect(await admin.getByText(NOTE).count()).toBe(0);

    const counts = admin.getByRole("checkbox", {
      name: "Count logged coaching toward teachers' PD hours",
    });
    expect(await counts.isChecked()).toBe(false);
    await counts.check();
    await admin.getByText("Logged coaching now counts toward PD hours.").waitFor();
    await expectAccessible(admin);
    await screenshotAtBothWidths(admin, "coachlog-admin", { folder: shots });

    const { page: teacher } = await run.signedIn("teacher", TEACHER, {
      timezoneId: "America/Chicago",
    });
    await teacher.goto("/teacher/pd-hours");
    await teacher.getByText("Co-teaching with Janelle Brooks").first().waitFor();
    expect(await teacher.getByText(NOTE).count()).toBe(0);
  });
});
