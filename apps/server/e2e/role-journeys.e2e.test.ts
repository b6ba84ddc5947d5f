import type { RouterOutputs } from "@throughline/api/types";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { openSessionOf } from "./demo-teacher.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { draftFirstSessionSummary } from "./session-editor.ts";
import { agendaSteps, startNextMeeting } from "./start-meeting.ts";
import { queryAsPage } from "./trpc-over-http.ts";

/*
 * Each role's main journey with a reload and a wrong tap in the middle, as people really work:
 * nothing typed, ticked or rated is lost on the way. The single-feature checks live in
 * work-not-lost, principal-reader and observation; this walks them end to end, one role each.
 */

const phone = { width: 390, height: 844 };

const run = serverAndBrowserPerFile();

const savedStatus = (page: Page) =>
  page.getByRole("status").filter({ hasText: /Saved \d{1,2}:\d{2}/ });

const mainNavLink = (page: Page, name: string) =>
  page.getByRole("navigation", { name: "Main" }).getByRole("link", { name, exact: true });

/** A wrong tap on a nav link while something is unsaved: the page asks, and the person stays. */
async function tapAwayAndStay(page: Page, link: string) {
  await mainNavLink(page, link).click();
  const dialog = page.getByRole("dialog", { name: "Leave without saving?" });
  await dialog.waitFor();
  await dialog.getByRole("button", { name: "Stay on this page" }).click();
  await dialog.waitFor({ state: "hidden" });
}

/**
 * Holds the requests matching `pattern` as a slow connection would, until the returned function
 * lets them through: what was typed is on its way, not yet on the server.
 */
async function holdRequests(page: Page, pattern: string): Promise<() => Promise<void>> {
  let open = () => {};
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const sent: Promise<void>[] = [];
  await page.route(pattern, (route) => {
    sent.push(gate.then(() => route.continue()));
  });
  return async () => {
    open();
    await Promise.all(sent);
    await page.unroute(pattern);
  };
}

/** Clicks Next until the session player shows its reflection step. */
async function walkToReflection(page: Page) {
  const heading = page.locator("#step-heading");
  await heading.waitFor();
  for (;;) {
    const text = (await heading.textContent()) ?? "";
    if (text.includes("Reflection")) return;
    const step = /Step (\d+) of/.exec(text)?.[1];
    await page.getByRole("button", { name: "Next" }).click();
    await page.locator("#step-heading", { hasText: `Step ${Number(step) + 1} of` }).waitFor();
  }
}

describe("a teacher", () => {
  it("writes her MicroPD reflection through a reload and a wrong tap, completes it, and edits a plan step", async () => {
    const { page } = await run.signedIn("teacher", "teacher@maplevalley.test");
    // A reload with something unsent asks first; the person accepts.
    page.on("dialog", (dialog) => void dialog.accept());
    const session = await openSessionOf(page, run.server.url);
    await page.getByRole("link", { name: `Start session: ${session.title}` }).click();
    await page.getByRole("heading", { level: 1, name: session.title }).waitFor();
    await walkToReflection(page);

    const PART = "The word wall helped: most pairs used two of the new words in their summary.";
    const field = page.getByRole("textbox");
    await field.fill(PART);
    await savedStatus(page).waitFor();
    await page.reload();
    await walkToReflection(page);
    await expect.poll(() => field.inputValue()).toBe(PART);

    // More words, still on their way to the server, and a wrong tap on Home: she stays.
    const FULL = `${PART} Next time I will model one summary aloud before they write.`;
    const release = await holdRequests(page, "**/trpc/micropd.saveReflectionDraft**");
    await field.fill(FULL);
    await tapAwayAndStay(page, "Home");
    await expect(field.inputValue()).resolves.toBe(FULL);
    await release();
    await savedStatus(page).waitFor();
    await page.getByRole("button", { name: "Mark complete" }).click();
    await page.getByText("Session complete", { exact: true }).waitFor();
    await expectAccessible(page);
    const input = encodeURIComponent(JSON.stringify({ json: { sessionId: session.id } }));
    const done = await queryAsPage<RouterOutputs["micropd"]["session"]>(
      page,
      run.server.url,
      `micropd.session?input=${input}`,
    );
    expect(done.progress.reflection).toBe(FULL);

    // A plan step's edit survives a reload before it is saved, then is saved.
    const STEP = "Pairs talked longer with a sentence starter on the board; keep it up all week.";
    await mainNavLink(page, "Action plan").click();
    await page.getByRole("heading", { level: 1, name: "My action plan" }).waitFor();
    const edit = page.getByRole("button", { name: /^Edit step/ }).first();
    await edit.click();
    await page.getByLabel("Reflection", { exact: true }).fill(STEP);
    await page.getByText("Draft kept on this device").waitFor();
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "My action plan" }).waitFor();
    await edit.click();
    await expect.poll(() => page.getByLabel("Reflection", { exact: true }).inputValue()).toBe(STEP);
    await page.getByRole("button", { name: "Save step" }).click();
    await page.getByRole("button", { name: "Save step" }).waitFor({ state: "detached" });
    await page.reload();
    await page.getByText(STEP).waitFor();
  });
});

describe("a coach", () => {
  it("keeps a step's meeting notes through a step change and a reload, and an observation rating through a reload", async () => {
    const { page } = await run.signedIn("coach", "coach@maplevalley.test");
    page.on("dialog", (dialog) => void dialog.accept());
    await startNextMeeting(page, run.server.url, "K–2 Literacy PLC");

    const NOTES =
      "Each of us brings two exit tickets that show the big idea, and one that misses it.";
    const { steps, current } = agendaSteps(page);
    await steps.nth(0).click();
    await current("1.");
    await page.getByLabel(/^Notes on /).fill(NOTES);
    await steps.nth(1).click();
    await current("2.");
    await page.reload();
    await page.getByRole("timer").waitFor();
    await steps.nth(0).click();
    await current("1.");
    await expect.poll(() => page.getByLabel(/^Notes on /).inputValue()).toBe(NOTES);

    await mainNavLink(page, "Caseload").click();
    await page.getByRole("link", { name: "Observe Maria Delgado" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Observe Maria Delgado" }).waitFor();
    await page.getByRole("checkbox", { name: /1\.2 Uses an essential question/ }).check();
    await page.getByRole("button", { name: "Start observing" }).click();
    await page.getByRole("heading", { level: 1, name: "Maria Delgado", exact: true }).waitFor();
    const rating = page
      .getByRole("group", { name: /^1\.2 / })
      .getByRole("radio", { name: "Proficient" });
    await rating.check();
    await savedStatus(page).waitFor();
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Maria Delgado", exact: true }).waitFor();
    await expect.poll(() => rating.isChecked()).toBe(true);
    await expectAccessible(page);
  });
});

describe("a principal on a phone", () => {
  it("records a walkthrough through a wrong tap and a reload, then reads a shared observation and a meeting record", async () => {
    const { context, page } = await run.signedIn("admin", "principal@maplevalley.test", {
      viewport: phone,
    });
    page.on("dialog", (dialog) => void dialog.accept());
    await mainNavLink(page, "Observations").click();
    await page.getByRole("link", { name: "Record a walkthrough" }).click();
    await page.getByRole("link", { name: /^Maria Delgado/ }).click();
    await page.getByRole("heading", { level: 1, name: "Walkthrough of Maria Delgado" }).waitFor();
    await page.getByRole("checkbox", { name: /1\.2 Uses an essential question/ }).check();
    await page.getByRole("button", { name: "Start observing" }).click();
    await page.getByRole("heading", { level: 1, name: "Maria Delgado", exact: true }).waitFor();

    const proficient = page
      .getByRole("group", { name: /^1\.2 / })
      .getByRole("radio", { name: "Proficient" });
    await proficient.check();
    await savedStatus(page).waitFor();

    // The hallway has no signal: the note stays on the phone, and a wrong tap asks first.
    const NOTE = "Every table has the essential question written at the top of the task";
    await context.setOffline(true);
    await page.getByLabel("What do you see?").fill(NOTE);
    await page.getByRole("button", { name: "Add note" }).click();
    await page.getByText("Offline — kept on this device").waitFor();
    await tapAwayAndStay(page, "Overview");
    await context.setOffline(false);
    await savedStatus(page).waitFor();
    await page.reload();
    await page.getByText(NOTE).waitFor();
    await expect.poll(() => proficient.isChecked()).toBe(true);
    await page.getByRole("button", { name: "Publish to Maria Delgado" }).click();
    await page.getByRole("button", { name: "Yes, publish" }).click();
    await page.getByRole("heading", { level: 1, name: "Walkthrough of Maria Delgado" }).waitFor();
    await page.getByText(NOTE).waitFor();

    // Maria shares her coaching observation; the principal reads it.
    const teacher = await run.signedIn("teacher", "teacher@maplevalley.test", { viewport: phone });
    await teacher.page.goto("/teacher/observations");
    await teacher.page
      .getByRole("link", { name: /Coaching observation/ })
      .first()
      .click();
    const share = teacher.page.getByRole("checkbox", { name: "Share with my principal" });
    await share.click();
    await expect.poll(() => share.isChecked()).toBe(true);
    await page.goto("/admin/observations");
    const shared = page.getByRole("list", { name: "Shared with you" });
    await shared.getByRole("link", { name: /Maria Delgado/ }).click();
    await page
      .getByRole("heading", { level: 1, name: "Coaching observation of Maria Delgado" })
      .waitFor();
    await page.getByRole("heading", { level: 2, name: "Indicators" }).waitFor();
    await expectAccessible(page);

    // And a support meeting's record, from her team dashboard.
    await mainNavLink(page, "Implementation").click();
    await page.getByRole("link", { name: "K–2 Literacy PLC" }).first().click();
    await page.getByRole("list", { name: "Recent meetings" }).getByRole("link").first().click();
    await page.getByRole("heading", { level: 2, name: "Attendance" }).waitFor();
    await page.getByText("Minutes held").waitFor();
    await expectAccessible(page);
  });
});

describe("a district admin", () => {
  it("edits a MicroPD session's summary, reloads before saving, gets the draft back and saves it once", async () => {
    const { page } = await run.signedIn("admin", "admin@maplevalley.test");
    page.on("dialog", (dialog) => void dialog.accept());
    await mainNavLink(page, "Framework").click();
    const EDITED = "Pick three words that unlock the text, and preview each with a picture.";
    const summary = await draftFirstSessionSummary(page, EDITED);

    await page.reload();
    await page.getByRole("heading", { name: "Session details" }).waitFor();
    await expect.poll(() => summary.inputValue()).toBe(EDITED);
    await page.getByText("Your unsaved edits are back").waitFor();
    await expectAccessible(page);
    await expect
      .poll(() => page.getByRole("button", { name: /^Save the session/ }).count())
      .toBe(1);
    await page.getByRole("button", { name: "Save the session" }).click();
    await page.getByText("Session saved").waitFor();

    await page.reload();
    await page.getByRole("heading", { name: "Session details" }).waitFor();
    await expect.poll(() => summary.inputValue()).toBe(EDITED);
    await expect.poll(() => page.getByText("Your unsaved edits are back").count()).toBe(0);
  });
});
