import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { screenshotAtBothWidths } from "./screenshots.ts";

/*
 * Mentoring for new teachers: the principal assigns Maria Delgado to mentor Priya Raman; Maria
 * opens Priya's page, logs a conversation with a private note and ticks a checklist item; Priya
 * reads the shared notes and sees the tick but never the private note; the principal sees the
 * progress and neither note. Janelle Brooks, a coach who teaches no class, mentors Jamal
 * Washington from the coach app; the district admin edits the induction checklist.
 */

const run = serverAndBrowserPerFile();
const shots = process.env.MENTORING_SCREENSHOTS;

const PRINCIPAL = "principal@maplevalley.test";
const MENTOR = "teacher@maplevalley.test";
const MENTEE = "priya.raman@maplevalley.test";
const TOPIC = "First two weeks: routines";
const SHARED = "The morning routine is working; keep practising the transition to centres.";
const PRIVATE = "Priya is quiet in staff meetings: invite her to share the routine chart.";
const NEXT = "Teach the centres transition twice before Friday.";

let principal: Page;

async function openAdminMentoring(page: Page): Promise<void> {
  await page.goto("/admin/mentoring");
  await page.getByRole("heading", { level: 1, name: "Mentoring" }).waitFor();
  await page.getByRole("heading", { name: "Assign a mentor" }).waitFor();
}

describe("mentoring a new teacher", () => {
  it("the principal assigns a mentor to a new teacher", async () => {
    ({ page: principal } = await run.signedIn("admin", PRINCIPAL, {
      timezoneId: "America/Chicago",
    }));
    await principal.getByRole("link", { name: "Mentoring" }).first().click();
    await principal.getByRole("heading", { level: 1, name: "Mentoring" }).waitFor();
    // The demo's own mentoring is listed with its progress.
    await principal.getByRole("listitem").filter({ hasText: "Hannah Lindqvist" }).waitFor();

    // Nothing chosen: the messages sit beside the fields.
    await principal.getByRole("button", { name: "Assign mentor" }).click();
    await principal.getByText("Choose the new teacher").waitFor();
    await principal.getByText("Choose the mentor").waitFor();

    await principal.getByLabel("New teacher").selectOption({ label: "Priya Raman" });
    await principal.getByLabel("Mentor").selectOption({ label: "Maria Delgado" });
    await principal.getByRole("button", { name: "Assign mentor" }).click();
    await principal.getByText("Maria Delgado now mentors Priya Raman.").waitFor();
    const row = principal.getByRole("listitem").filter({ hasText: "Priya Raman" });
    await row.getByText(/Mentor: Maria Delgado/).waitFor();
    await row.getByText("0 of 7").waitFor();
    await expectAccessible(principal);
    await screenshotAtBothWidths(principal, "mentoring-admin", { folder: shots });
  });

  it("the mentor opens the mentee, logs a conversation with a private note and ticks an item", async () => {
    const { page: mentor } = await run.signedIn("teacher", MENTOR, {
      timezoneId: "America/Chicago",
    });
    await mentor.getByRole("link", { name: "Mentoring" }).first().click();
    await mentor.getByRole("heading", { level: 1, name: "Mentoring" }).waitFor();
    await mentor.getByRole("link", { name: /Priya Raman/ }).click();
    await mentor.getByRole("heading", { level: 1, name: "Priya Raman" }).waitFor();
    await mentor.getByRole("heading", { name: "Their path" }).waitFor();

    // A conversation needs a topic: the server says so beside the field.
    await mentor.getByRole("button", { name: "Log conversation" }).click();
    await mentor.getByText("Enter a topic").waitFor();

    await mentor.getByLabel("Topic").fill(TOPIC);
    await mentor.getByLabel("Notes shared with your mentee (optional)").fill(SHARED);
    await mentor.getByLabel("Private notes (optional)").fill(PRIVATE);
    await mentor.getByLabel("Next steps (optional)").fill(NEXT);
    await mentor.getByRole("button", { name: "Log conversation" }).click();
    await mentor.getByText("Logged. Your mentee has been told.").waitFor();
    await mentor.getByRole("heading", { level: 3, name: TOPIC }).waitFor();
    await mentor.getByText(PRIVATE).waitFor();

    const meet = mentor.getByRole("checkbox", { name: "Meet your mentor" });
    await meet.check();
    await mentor.getByText(/ticked by Maria Delgado/).waitFor();
    expect(await meet.isChecked()).toBe(true);
    await mentor.getByText("1 of 7 done").waitFor();
    await expectAccessible(mentor);
    await screenshotAtBothWidths(mentor, "mentoring-mentor", { folder: shots });
  });

  it("the mentee reads the shared notes and the tick, never the private note", async () => {
    const { page: mentee } = await run.signedIn("teacher", MENTEE, {
      timezoneId: "America/Chicago",
    });
    await mentee.goto("/teacher/mentoring");
    await mentee.getByRole("heading", { level: 2, name: "Your mentoring" }).waitFor();
    await mentee.getByText("Maria Delgado", { exact: true }).waitFor();
    await mentee.getByRole("heading", { level: 3, name: TOPIC }).waitFor();
    await mentee.getByText(SHARED).waitFor();
    await mentee.getByText(NEXT).waitFor();
    expect(await mentee.getByText(PRIVATE).count()).toBe(0);
    expect(await mentee.getByRole("checkbox", { name: "Meet your mentor" }).isChecked()).toBe(true);
    // She was told, in the notification centre.
    await mentee.goto("/teacher/notifications");
    await mentee.getByText("Maria Delgado logged your mentoring conversation").first().waitFor();
    await mentee.goto("/teacher/mentoring");
    await mentee.getByText(SHARED).waitFor();
    await expectAccessible(mentee);
    await screenshotAtBothWidths(mentee, "mentoring-mentee", { folder: shots });
  });

  it("the principal sees the progress and neither note", async () => {
    await openAdminMentoring(principal);
    const row = principal.getByRole("listitem").filter({ hasText: "Priya Raman" });
    await row.getByText("1 of 7").waitFor();
    const text = (await principal.locator("main").textContent()) ?? "";
    expect(text).not.toContain(SHARED);
    expect(text).not.toContain(PRIVATE);
    expect(text).not.toContain(TOPIC);
  });

  it("a coach who mentors finds Mentoring in the coach app and logs a conversation there", async () => {
    const { page: coach } = await run.signedIn("coach", "coach@maplevalley.test", {
      timezoneId: "America/Chicago",
    });
    // No mentee yet: the coach app has no Mentoring section.
    await coach.getByRole("link", { name: "Cohorts" }).first().waitFor();
    expect(await coach.getByRole("link", { name: "Mentoring" }).count()).toBe(0);

    await openAdminMentoring(principal);
    await principal.getByLabel("New teacher").selectOption({ label: "Jamal Washington" });
    await principal.getByLabel("Mentor").selectOption({ label: "Janelle Brooks" });
    await principal.getByRole("button", { name: "Assign mentor" }).click();
    await principal.getByText("Janelle Brooks now mentors Jamal Washington.").waitFor();

    await coach.reload();
    await coach.getByRole("link", { name: "Mentoring" }).first().click();
    await coach.getByRole("heading", { level: 1, name: "Mentoring" }).waitFor();
    await coach.getByRole("link", { name: /Jamal Washington/ }).click();
    await coach.getByRole("heading", { level: 1, name: "Jamal Washington" }).waitFor();
    await coach.getByRole("heading", { name: "Their path" }).waitFor();
    await coach.getByRole("heading", { name: "Induction checklist" }).waitFor();
    await coach.getByLabel("Topic").fill("Reading groups");
    await coach.getByLabel("Private notes (optional)").fill("Check in after the data meeting.");
    await coach.getByRole("button", { name: "Log conversation" }).click();
    await coach.getByText("Logged. Your mentee has been told.").waitFor();
    await coach.getByRole("heading", { level: 3, name: "Reading groups" }).waitFor();
    await coach.getByText("Check in after the data meeting.").waitFor();
    await expectAccessible(coach);
    await screenshotAtBothWidths(coach, "mentoring-coach-mentor", { folder: shots });
  });

  it("the district admin adds, moves and retires an item of the induction checklist", async () => {
    const { page: admin } = await run.signedIn("admin", "admin@maplevalley.test", {
      timezoneId: "America/Chicago",
    });
    await openAdminMentoring(admin);
    await admin.getByRole("heading", { name: "District induction checklist" }).waitFor();
    const items = admin.getByRole("list", { name: "Checklist items in use" });
    await items.getByText("1. Meet your mentor").waitFor();

    // Nothing typed, and a due week out of range: each message sits beside its field.
    await admin.getByLabel("Due within weeks (optional)").last().fill("60");
    await admin.getByRole("button", { name: "Add item" }).click();
    await admin.getByText("Enter the item").waitFor();
    await admin.getByText("Due within weeks must be 52 or less").waitFor();

    await admin.getByLabel("Item", { exact: true }).last().fill("Visit a colleague's class");
    await admin.getByLabel("Due within weeks (optional)").last().fill("8");
    await admin.getByRole("button", { name: "Add item" }).click();
    await admin
      .getByText("“Visit a colleague's class” is now the last item of the checklist.")
      .waitFor();
    const added = items.getByRole("listitem").filter({ hasText: "Visit a colleague's class" });
    await added.getByText("8. Visit a colleague's class").waitFor();

    await added.getByRole("button", { name: /^Up/ }).click();
    await items.getByText("7. Visit a colleague's class").waitFor();
    await items
      .getByRole("listitem")
      .filter({ hasText: "Visit a colleague's class" })
      .getByRole("button", { name: /^Retire/ })
      .click();
    const retired = admin.getByRole("region", { name: "Retired items" });
    await retired.getByText("Visit a colleague's class", { exact: true }).waitFor();
    expect(await items.getByText("Visit a colleague's class").count()).toBe(0);
    await expectAccessible(admin);
    await screenshotAtBothWidths(admin, "mentoring-checklist-editor", { folder: shots });

    // Each change is on the audit log, in words.
    await admin.goto("/admin/audit-log");
    await admin.getByRole("cell", { name: "Induction checklist item added" }).first().waitFor();
    await admin.getByRole("cell", { name: "Induction checklist item retired" }).first().waitFor();
  });
});
