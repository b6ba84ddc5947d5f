import type { RouterOutputs } from "@throughline/api/types";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { screenshotAtBothWidths } from "./screenshots.ts";
import { queryAsPage } from "./trpc-over-http.ts";

/*
 * A principal on a phone, in the admin app, records her Stage 1 cohort's workshop attendance and
 * confirms a teacher's stage, without a coach account. A wrong tap in the middle (a nav link
 * while the tick is still saving, then Back) and a reload lose nothing.
 */

const phone = { width: 390, height: 844 };
const SHOTS = process.env.SCREENSHOT_DIR;

const run = serverAndBrowserPerFile();

type Roster = RouterOutputs["workshop"]["forCohort"]["roster"];

/** The cohort's roster as the API has it, read through the principal's own session. */
async function rosterOf(page: Page, cohortId: string): Promise<Roster> {
  const input = encodeURIComponent(JSON.stringify({ json: { cohortId } }));
  const cohort = await queryAsPage<RouterOutputs["workshop"]["forCohort"]>(
    page,
    run.server.url,
    `workshop.forCohort?input=${input}`,
  );
  return cohort.roster;
}

/** Nothing wider than the phone: no sideways scrolling of the whole page. */
async function expectFitsPhone(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(phone.width);
}

const shoot = (page: Page, name: string) =>
  screenshotAtBothWidths(page, name, { folder: SHOTS, viewport: phone });

let page: Page;

describe("a principal's workshop screens, on a phone", () => {
  it("ticks attendance and confirms a stage; a wrong tap and a reload lose neither", async () => {
    ({ page } = await run.signedIn("admin", "principal@maplevalley.test", { viewport: phone }));
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Cohorts" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Cohorts" }).waitFor();
    await page.getByRole("link", { name: /^Maple Valley Elementary · Stage 1/ }).click();
    await page
      .getByRole("heading", { level: 1, name: /^Maple Valley Elementary · Stage 1/ })
      .waitFor();
    await page.getByRole("heading", { name: "Workshop attendance" }).waitFor();
    await expectAccessible(page);
    await expectFitsPhone(page);

    const cohortId = page.url().split("/cohorts/")[1] ?? "";
    const roster = await rosterOf(page, cohortId);
    const absent = roster.find((row) => !row.workshopAttended);
    const ready = roster.find((row) => row.status === "ready_for_review");
    if (!absent || !ready)
      throw new Error("The demo Stage 1 cohort has no one to tick or confirm.");

    // The wrong tap comes before the save's answer: the tick is sent already and still lands.
    const box = page.getByRole("checkbox", { name: absent.displayName });
    await expect(box.isChecked()).resolves.toBe(false);
    await box.check();
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Observations" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Observations" }).waitFor();
    await page.goBack();
    await page.getByRole("heading", { name: "Workshop attendance" }).waitFor();
    await expect.poll(() => box.isChecked()).toBe(true);

    const confirm = page.getByRole("button", {
      name: `Confirm stage complete for ${ready.displayName}`,
    });
    await confirm.click();
    const confirmed = page.getByRole("status").filter({ hasText: "Stage confirmed" });
    await confirmed.getByText(`${ready.displayName} has completed the stage`).waitFor();
    await expectAccessible(page);
    await expectFitsPhone(page);
    await shoot(page, "principal-workshop-confirmed");

    await page.reload();
    await page.getByRole("heading", { name: "Workshop attendance" }).waitFor();
    await expect.poll(() => box.isChecked()).toBe(true);
    await expect.poll(() => confirm.count()).toBe(0);
    const after = await rosterOf(page, cohortId);
    expect(after.find((row) => row.personId === absent.personId)?.workshopAttended).toBe(true);
    expect(after.find((row) => row.personId === ready.personId)?.status).toBe("complete");
  });

  it("keeps an unsaved change to the workshop's settings through a wrong tap and a reload", async () => {
    // A reload with something unsaved asks first; she accepts.
    page.on("dialog", (dialog) => void dialog.accept());
    const ROOM = "Maple Valley Elementary, Room 114";
    await page.getByRole("button", { name: "Edit settings" }).click();
    await page.getByLabel("Location").fill(ROOM);
    await page.getByText("Draft kept on this device").waitFor();
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Overview" })
      .click();
    const dialog = page.getByRole("dialog", { name: "Leave without saving?" });
    await dialog.waitFor();
    await expectAccessible(page);
    await shoot(page, "principal-cohort-settings-leave");
    await dialog.getByRole("button", { name: "Stay on this page" }).click();
    await expect(page.getByLabel("Location").inputValue()).resolves.toBe(ROOM);

    await page.reload();
    await page.getByRole("button", { name: "Edit settings" }).click();
    await expect.poll(() => page.getByLabel("Location").inputValue()).toBe(ROOM);
    await page.getByText("Your unsaved edits are back").waitFor();
    await expectAccessible(page);
    await shoot(page, "principal-cohort-settings-restored");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByRole("button", { name: "Edit settings" }).waitFor();
    await page.getByText(ROOM).waitFor();
  });
});
