import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { screenshotAtBothWidths } from "./screenshots.ts";

/*
 * Mentoring for new teachers: the principal assigns Maria Delgado to mentor Priya Raman; Maria
 * opens Priya's page, logs a conversation with a private note and ticks a checklist item; Priya
 * reads the shared notes and sees the tick but never the private note; the principal sees the
 * progress and neither note.
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
});
