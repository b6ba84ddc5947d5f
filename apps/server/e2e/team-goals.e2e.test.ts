import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { screenshotAtBothWidths } from "./screenshots.ts";

/*
 * Issue 20: a facilitator sets a team goal on student learning, records two checkpoints (one
 * number, one CSV of class results; a file with a name column is refused and says why),
 * attaches a sample of student work and looks at it in a meeting run with the "Looking at
 * student work" protocol, tying a teacher's commitment to the goal, which the goal card then
 * lists; the teacher sees the goal, where it stands and her commitment on her team page and on
 * the meeting's page; the principal sees the goal on track, and the district filters by school.
 */

const run = serverAndBrowserPerFile();
const shots = process.env.TEAM_GOALS_SCREENSHOTS;

/** Kevin Osei facilitates the Grades 3–5 Team. */
const FACILITATOR = "leader@maplevalley.test";
const TEAM = "Grades 3–5 Team";
const MEASURE = "Share of grade-5 students proficient on the common fractions assessment";
const MEETING = "Looking at our fractions work";
/** A member of the Grades 3–5 Team, enrolled in a stage, so a commitment lands on her plan. */
const MEMBER = "priya.raman@maplevalley.test";
const MEMBER_NAME = "Priya Raman";
const COMMITMENT = "Use the fraction strips warm-up with 5B";
const DAY = 86_400_000;

/** "2026-12-02": a calendar day `days` from today. */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
}

/** A 1×1 PNG: the smallest image the server's content check accepts as one. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

let facilitator: Page;
let meetingId = "";

/** Selects the option whose text starts with `text` (labels carry step counts and minutes). */
async function chooseOption(page: Page, label: string, text: string): Promise<void> {
  const select = page.getByLabel(label, { exact: true });
  const value = await select.locator("option", { hasText: text }).first().getAttribute("value");
  await select.selectOption(value ?? "");
}

describe("team goals on student learning", () => {
  it("the facilitator sets a goal; a missing field is named beside it", async () => {
    ({ page: facilitator } = await run.signedIn("coach", FACILITATOR, {
      timezoneId: "America/Chicago",
    }));
    await facilitator
      .getByRole("navigation", { name: "Your teams" })
      .getByRole("link", { name: TEAM })
      .click();
    await facilitator.getByRole("heading", { level: 1, name: TEAM }).waitFor();
    await facilitator
      .getByRole("heading", { level: 2, name: "Team goal on student learning" })
      .waitFor();
    await facilitator.getByRole("link", { name: "Set a team goal" }).click();
    await facilitator.getByRole("heading", { level: 1, name: "Set a team goal" }).waitFor();

    await facilitator
      .getByLabel("The problem the team shares")
      .fill("Students add fractions without finding a common denominator.");
    await facilitator.getByLabel("Baseline", { exact: true }).fill("40");
    await facilitator.getByLabel("Target", { exact: true }).fill("70");
    await facilitator.getByLabel("Baseline date (start)").fill(dayFromNow(-30));
    await facilitator.getByLabel("Target date").fill(dayFromNow(150));
    await facilitator.getByLabel("Checkpoint 1").fill(dayFromNow(-10));
    await facilitator.getByRole("button", { name: "Add a checkpoint" }).click();
    await facilitator.getByLabel("Checkpoint 2").fill(dayFromNow(-1));
    await facilitator.getByRole("button", { name: "Add a checkpoint" }).click();
    await facilitator.getByLabel("Checkpoint 3").fill(dayFromNow(60));
    await facilitator
      .getByRole("group", { name: "Indicators the team will work on" })
      .getByRole("checkbox")
      .first()
      .check();
    await facilitator.getByRole("button", { name: "Set goal" }).click();
    await facilitator.getByText("Say how student learning will be measured").waitFor();
    const measure = facilitator.getByLabel("Student measure");
    expect(await measure.getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(facilitator);
    await screenshotAtBothWidths(facilitator, "goals-form", { folder: shots });

    await measure.fill(MEASURE);
    await facilitator.getByRole("button", { name: "Set goal" }).click();
    await facilitator.getByRole("heading", { level: 1, name: TEAM }).waitFor();
    await facilitator.getByRole("heading", { level: 3, name: MEASURE }).waitFor();
  });

  it("records the first checkpoint as a number", async () => {
    const item = facilitator
      .getByRole("list", { name: "Checkpoints" })
      .getByRole("listitem")
      .first();
    await item.getByRole("button", { name: /^Record the measure/ }).click();
    await item.getByLabel("Measure: Percent (0–100)").fill("48");
    await item.getByRole("button", { name: "Save measure" }).click();
    await item.getByText("48%").waitFor();
  });

  it("records the second from class results; a file with names is refused and says why", async () => {
    const item = facilitator
      .getByRole("list", { name: "Checkpoints" })
      .getByRole("listitem")
      .nth(1);
    await item.getByRole("button", { name: /^Record the measure/ }).click();
    await item.getByLabel("Upload class results (CSV)").check();
    const file = item.getByLabel("Class results file");
    await file.setInputFiles({
      name: "results.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("class,student_name,students,proficient\n5A,Ana Ruiz,1,1\n"),
    });
    await item.getByRole("button", { name: "Save measure" }).click();
    await item.getByText(/'student_name' looks like it holds student names/).waitFor();
    expect(await file.getAttribute("aria-invalid")).toBe("true");
    await screenshotAtBothWidths(facilitator, "goals-csv-refused", { folder: shots });

    await file.setInputFiles({
      name: "results.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("class,students,proficient\n5A,20,10\n5B,30,21\n"),
    });
    await item.getByRole("button", { name: "Save measure" }).click();
    // 31 of 50 students: 62%, well above the line from 40% to 70%.
    await item.getByText("62%").waitFor();
    await item.getByText("Results of 2 classes").waitFor();
    await facilitator.getByText("On track").first().waitFor();
  });

  it("attaches a de-identified work sample to the checkpoint", async () => {
    const item = facilitator
      .getByRole("list", { name: "Checkpoints" })
      .getByRole("listitem")
      .nth(1);
    await item.getByLabel("Add student work (no names on it)").setInputFiles({
      name: "fractions-exit-ticket.png",
      mimeType: "image/png",
      buffer: PNG,
    });
    await item.getByRole("link", { name: /fractions-exit-ticket\.png/ }).waitFor();
    await expectAccessible(facilitator);
    await screenshotAtBothWidths(facilitator, "goals-team", { folder: shots });
  });

  it("looks at the work in a meeting run with the “Looking at student work” protocol", async () => {
    await facilitator.goto("/coach/meetings/new");
    await facilitator.getByRole("heading", { level: 1, name: "Schedule a meeting" }).waitFor();
    await chooseOption(facilitator, "Team", TEAM);
    await facilitator.getByLabel("Title").fill(MEETING);
    await facilitator.getByLabel("Date").fill(dayFromNow(7));
    await facilitator.getByLabel("Start time").fill("15:30");
    await facilitator.getByLabel("End time").fill("16:30");
    await facilitator.getByLabel("Room").fill("Room 201");
    await chooseOption(facilitator, "Protocol", "Looking at student work");
    await facilitator.getByRole("button", { name: "Add all its steps" }).click();
    await facilitator.getByRole("button", { name: "Schedule", exact: true }).click();
    await facilitator.getByRole("heading", { level: 1, name: "Meetings" }).waitFor();
    await facilitator.getByRole("link", { name: MEETING }).first().click();

    const panel = facilitator.getByRole("heading", { level: 2, name: "Team goal" });
    await panel.waitFor();
    await facilitator
      .getByText("This meeting looks at student work with the “Looking at student work” protocol.")
      .waitFor();
    await facilitator.getByRole("button", { name: "Start meeting" }).click();
    const move = facilitator.getByRole("button", { name: "Move it to now and start" });
    await Promise.race([move.waitFor(), facilitator.getByRole("timer").waitFor()]);
    if (await move.isVisible()) await move.click();
    await facilitator.getByRole("timer").waitFor();
    await facilitator.getByRole("heading", { level: 4, name: "Student work to look at" }).waitFor();
    const sample = facilitator.getByRole("link", { name: /fractions-exit-ticket\.png/ });
    const href = (await sample.getAttribute("href")) ?? "";
    const opened = await facilitator.request.get(href);
    expect(opened.status()).toBe(200);
    expect(opened.headers()["content-type"]).toContain("image/png");
    meetingId = /meetings\/([0-9a-f-]{36})/.exec(facilitator.url())?.[1] ?? "";
    // A commitment tied to the goal is listed on the goal card, with its owner and due date.
    const goalCard = facilitator.getByRole("region", { name: MEASURE });
    await goalCard.getByRole("heading", { name: "Commitments tied to the goal (0)" }).waitFor();
    await facilitator.getByLabel("Who", { exact: true }).selectOption({ label: MEMBER_NAME });
    await facilitator.getByLabel("What", { exact: true }).fill(COMMITMENT);
    await facilitator
      .getByLabel("Toward the team goal (optional)")
      .selectOption({ label: MEASURE });
    await facilitator.getByRole("button", { name: "Add commitment" }).click();
    await goalCard.getByRole("heading", { name: "Commitments tied to the goal (1)" }).waitFor();
    const tied = goalCard.getByRole("listitem").filter({ hasText: COMMITMENT });
    await tied.getByText(MEMBER_NAME).waitFor();
    await tied.getByText("Planned").waitFor();
    await tied.getByText(/^Due /).waitFor();
    await expectAccessible(facilitator);
    await facilitator
      .getByRole("heading", { level: 2, name: "Team goal" })
      .scrollIntoViewIfNeeded();
    await screenshotAtBothWidths(facilitator, "goals-meeting-room", { folder: shots });
  });

  it("the coach's team page lists the commitment on the goal card", async () => {
    await facilitator.goto("/coach/");
    await facilitator
      .getByRole("navigation", { name: "Your teams" })
      .getByRole("link", { name: TEAM })
      .click();
    const goalCard = facilitator.getByRole("region", { name: "Commitments tied to the goal" });
    await goalCard.getByText(COMMITMENT).waitFor();
    await screenshotAtBothWidths(facilitator, "goals2-coach-team-commitments", { folder: shots });
  });

  it("a teacher on the team sees the goal, where it stands and her commitment", async () => {
    const { page: teacher } = await run.signedIn("teacher", MEMBER);
    await teacher
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "My team" })
      .click();
    await teacher.getByRole("heading", { level: 1, name: "My team" }).waitFor();
    await teacher
      .getByRole("heading", { level: 2, name: "Team goals on student learning" })
      .waitFor();
    const goal = teacher.getByRole("region", { name: MEASURE });
    await goal.getByRole("heading", { level: 3, name: MEASURE }).waitFor();
    const progress = goal.getByRole("list", { name: "Progress toward the goal" });
    await progress.getByText("40%").waitFor();
    await progress.getByText("62%").waitFor();
    await progress.getByText("70%").waitFor();
    await goal.getByText("On track").waitFor();
    await goal.getByRole("listitem").filter({ hasText: COMMITMENT }).waitFor();
    await expectAccessible(teacher);
    await screenshotAtBothWidths(teacher, "goals2-teacher-team", { folder: shots });

    // The meeting's page shows the goal beside its agenda.
    expect(meetingId).not.toBe("");
    await teacher.goto(`/teacher/meetings/${meetingId}`);
    await teacher.getByRole("heading", { level: 1, name: MEETING }).waitFor();
    await teacher.getByRole("heading", { level: 2, name: "Team goal" }).waitFor();
    const onMeeting = teacher.getByRole("region", { name: MEASURE });
    await onMeeting.getByText("On track").waitFor();
    await onMeeting.getByText(COMMITMENT).waitFor();
    await expectAccessible(teacher);
    await screenshotAtBothWidths(teacher, "goals2-teacher-meeting", { folder: shots });
  });

  it("the principal sees the goal on track; the district filters by school", async () => {
    const { page: principal } = await run.signedIn("admin", "principal@maplevalley.test");
    await principal
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Team goals" })
      .click();
    await principal.getByRole("heading", { level: 1, name: "Team goals" }).waitFor();
    const row = principal.getByRole("row").filter({ hasText: TEAM });
    await row.getByText("On track").waitFor();
    await principal.getByRole("row").filter({ hasText: "K–2 Literacy PLC" }).first().waitFor();
    await expectAccessible(principal);
    await screenshotAtBothWidths(principal, "goals-principal", { folder: shots });

    const { page: admin } = await run.signedIn("admin", "admin@maplevalley.test");
    await admin.goto("/admin/team-goals");
    await admin.getByRole("heading", { level: 1, name: "Team goals" }).waitFor();
    await admin.getByRole("row").filter({ hasText: TEAM }).waitFor();
    await chooseOption(admin, "School", "Riverside");
    await admin.getByText("No team goals yet").waitFor();
    await chooseOption(admin, "School", "Maple Valley Elementary");
    await admin.getByRole("row").filter({ hasText: TEAM }).waitFor();
    await expectAccessible(admin);
  });
});
