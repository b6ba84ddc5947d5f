import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";

/* Issue 5: a district admin creates a cohort and enrols a team; a teacher of it sees the stage. */

const COHORT_NAME = "Maple Valley Elementary · Stage 3 · Grades 3–5";
/** A member of the Grades 3–5 Team the seed leaves outside every cohort. */
const TEAM_TEACHER = "nora.kowalski@maplevalley.test";

const run = serverAndBrowserPerFile();

async function signedIn(app: "admin" | "teacher", email: string): Promise<Page> {
  const { page } = await run.signedIn(app, email);
  return page;
}

describe("cohorts in the admin console", () => {
  let admin: Page;

  it("a district admin creates a dated cohort, after a missing name is refused", async () => {
    admin = await signedIn("admin", "admin@maplevalley.test");
    await admin
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Cohorts" })
      .click();
    await admin.getByRole("heading", { level: 1, name: "Cohorts" }).waitFor();
    await admin
      .getByRole("cell", { name: /Stage 1/ })
      .first()
      .waitFor();
    await expectAccessible(admin);

    await admin.getByRole("link", { name: "New cohort" }).click();
    await admin.getByRole("heading", { level: 1, name: "New cohort" }).waitFor();
    await expectAccessible(admin);
    await admin.getByLabel("School", { exact: true }).selectOption({
      label: "Maple Valley Elementary",
    });
    const stageThree = await admin
      .getByLabel("Stage", { exact: true })
      .locator("option", { hasText: "Stage 3" })
      .textContent();
    await admin.getByLabel("Stage", { exact: true }).selectOption({ label: stageThree ?? "" });
    await admin.getByLabel("Coach", { exact: true }).selectOption({ label: "Janelle Brooks" });
    await admin.getByLabel("Dated release").check();
    await admin.getByLabel("First session opens on").fill("2026-09-07");
    await admin.getByLabel("Days between sessions").fill("14");
    await admin.getByLabel("Workshop starts").fill("2026-09-01T15:30");
    await admin.getByLabel("Location").fill("Maple Valley Elementary, Room 201");

    await admin.getByRole("button", { name: "Create cohort" }).click();
    await admin.getByText("Enter a name").waitFor();
    await expect(
      admin.getByLabel("Name", { exact: true }).getAttribute("aria-invalid"),
    ).resolves.toBe("true");
    await expectAccessible(admin);

    await admin.getByLabel("Name", { exact: true }).fill(COHORT_NAME);
    await admin.getByRole("button", { name: "Create cohort" }).click();
    await admin.getByRole("heading", { level: 1, name: COHORT_NAME }).waitFor();
    await admin.getByText(/Dated: \d+ sessions open from/).waitFor();
    await expectAccessible(admin);
  });

  it("enrols the Grades 3–5 Team by team and lists its teachers", async () => {
    await admin.getByLabel("Team", { exact: true }).selectOption({ label: "Grades 3–5 Team" });
    // Nobody on the team has finished Stages 1 and 2: all are held back, Nora by override.
    const nora = admin.getByRole("checkbox", { name: /Nora Kowalski/ });
    await nora.waitFor();
    await expect(nora.isChecked()).resolves.toBe(false);
    await admin.getByRole("button", { name: "Enrol Nora Kowalski anyway…" }).click();
    await admin
      .getByLabel("Why enrol Nora Kowalski before the earlier stages?")
      .fill("Finished Stages 1 and 2 at her previous school");
    await admin.getByRole("button", { name: "Enrol 1 teacher" }).click();
    await admin.getByText("Enrolled 1 teacher.", { exact: false }).waitFor();

    const enrolled = admin.getByRole("region", { name: "Enrolled teachers" });
    await enrolled.getByRole("cell", { name: "Nora Kowalski", exact: true }).waitFor();
    await expect.poll(() => enrolled.getByRole("row").count()).toBe(2);
    await expect(
      admin.getByRole("button", { name: "Enrol 0 teachers" }).isDisabled(),
    ).resolves.toBe(true);
    await expectAccessible(admin);

    await admin.getByRole("link", { name: "All cohorts" }).click();
    const row = admin.getByRole("row", { name: new RegExp(COHORT_NAME) });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain("Dated");
  });

  it("a teacher of the team finds the stage and cohort on their path", async () => {
    const teacher = await signedIn("teacher", TEAM_TEACHER);
    await teacher
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "My path" })
      .click();
    await teacher.getByRole("heading", { level: 1, name: /Stage 3/ }).waitFor();
    await teacher.getByText(`${COHORT_NAME} · Sessions open on set dates`).waitFor();
  });
});
