import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";

/*
 * Issue 9: without an SMTP server nothing is dropped. The in-process worker keeps each message
 * as an .eml file and the district admin reads it on the Sent mail page.
 */
const COMMENT = "Your anchor chart made the routine visible. Keep it up for the next unit.";

const run = serverAndBrowserPerFile();

async function signedIn(app: "teacher" | "coach" | "admin", email: string): Promise<Page> {
  const { page } = await run.signedIn(app, email);
  return page;
}

describe("sent mail", () => {
  it("a coach's comment is kept as an .eml file and shown to the district admin", async () => {
    // Whatever the hour the test runs, Maria's quiet hours must not hold the email back.
    const teacher = await signedIn("teacher", "teacher@maplevalley.test");
    await teacher.goto(`${run.server.url}/teacher/notifications/settings`);
    await teacher.getByLabel("Email me on weekday evenings (6 PM to 7 AM)").check();
    await teacher.getByLabel("Email me at weekends").check();
    await teacher.getByRole("button", { name: "Save email settings" }).click();
    await teacher.getByRole("status").getByText(/saved/i).waitFor();

    const coach = await signedIn("coach", "coach@maplevalley.test");
    await coach.getByRole("link", { name: "Maria Delgado" }).first().click();
    await coach.getByRole("heading", { level: 1, name: "Maria Delgado" }).waitFor();
    await coach.getByLabel("Comment on the plan").fill(COMMENT);
    await coach.getByRole("button", { name: "Add comment" }).last().click();
    await coach.getByText(COMMENT).waitFor();

    const admin = await signedIn("admin", "admin@maplevalley.test");
    await admin
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Sent mail" })
      .click();
    await admin.getByRole("heading", { level: 1, name: "Sent mail" }).waitFor();
    // The worker ticks every few seconds; the page refreshes itself, a reload is quicker.
    const row = admin.getByRole("row", { name: /Janelle Brooks commented on your action plan/ });
    await expect
      .poll(
        async () => {
          const text = (await row.count()) === 1 ? await row.textContent() : "";
          if (!text?.includes("Kept as .eml")) await admin.reload();
          return text;
        },
        { timeout: 60_000, interval: 2_000 },
      )
      .toContain("Kept as .eml (no SMTP server)");
    await expect(row.textContent()).resolves.toContain("teacher@maplevalley.test");
    await expectAccessible(admin);

    await row.getByRole("link").click();
    await admin.getByText("Message-ID").waitFor();
    await expect(admin.locator("pre").first().textContent()).resolves.toContain(COMMENT);
    const frame = admin.locator("iframe");
    await expect(frame.getAttribute("sandbox")).resolves.toBe("");
    const email = await frame.getAttribute("srcdoc");
    expect(email).toContain("Maple Valley Unified");
    await expectAccessible(admin, { exclude: ["iframe"] });

    // The email itself, as a mail client would show it, on a page of its own.
    const reader = await admin.context().newPage();
    await reader.setContent(email ?? "");
    await reader.getByRole("link", { name: "Open in Throughline" }).waitFor();
    await expectAccessible(reader);
  }, 180_000);
});
