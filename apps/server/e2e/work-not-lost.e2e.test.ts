import type { RouterOutputs } from "@throughline/api/types";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { expectAccessible, openSignedIn } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { screenshotAtBothWidths } from "./screenshots.ts";
import { draftFirstSessionSummary } from "./session-editor.ts";
import { agendaSteps, startNextMeeting } from "./start-meeting.ts";
import { queryAsPage } from "./trpc-over-http.ts";

/*
 * What a person types survives a reload, a wrong tap and Back: each place keeps a draft through
 * the one shared autosave pattern.
 */

const TEACHER = "teacher@maplevalley.test";
const REFLECTION =
  "Half-way through: the picture cards helped most when students said the word aloud first.";
const SHOTS = process.env.SCREENSHOT_DIR;

const run = serverAndBrowserPerFile();
let context: BrowserContext | undefined;

afterAll(async () => {
  await context?.close();
});

/**
 * A page signed in to one app, in a context of its own (the previous case's is closed). The
 * browser's own leave prompt (a reload with unsaved text) is accepted, as a person would.
 */
async function freshPage(app: "teacher" | "coach" | "admin", email: string): Promise<Page> {
  await context?.close();
  const opened = await openSignedIn(run.browser, { baseUrl: run.server.url, app, email });
  context = opened.context;
  opened.page.on("dialog", (dialog) => void dialog.accept());
  return opened.page;
}

const shoot = (page: Page, name: string) =>
  screenshotAtBothWidths(page, name, { folder: SHOTS, viewport: { width: 1280, height: 900 } });

/** Opens the session and walks to its reflection step (the player may resume anywhere). */
async function openReflection(page: Page, sessionId: string, title: string) {
  await page.goto(`/teacher/sessions/${sessionId}`);
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  while (!((await page.locator("#step-heading").textContent()) ?? "").includes("Reflection")) {
    await page.getByRole("button", { name: "Next" }).click();
    await page.waitForTimeout(150);
  }
}

const savedStatus = (page: Page) =>
  page.getByRole("status").filter({ hasText: /Saved \d{1,2}:\d{2}/ });

describe("MicroPD reflection", () => {
  it("is saved on the server as it is written: another browser finds it, offline keeps it", async () => {
    const opened = await openSignedIn(run.browser, {
      baseUrl: run.server.url,
      app: "teacher",
      email: TEACHER,
    });
    const home = await queryAsPage<RouterOutputs["teacher"]["home"]>(
      opened.page,
      run.server.url,
      "teacher.home",
    );
    const next = home.enrolments[0]?.next;
    if (next?.kind !== "available") throw new Error("The demo teacher has no session open now.");
    await openReflection(opened.page, next.session.id, next.session.title);
    await opened.page.getByRole("textbox").fill(REFLECTION);
    await savedStatus(opened.page).waitFor();
    await opened.context.close();

    // A fresh browser context: nothing on this device, so the text can only come from the server.
    const fresh = await openSignedIn(run.browser, {
      baseUrl: run.server.url,
      app: "teacher",
      email: TEACHER,
    });
    context = fresh.context;
    const page = fresh.page;
    // A reload with something unsent asks first; the tests accept it.
    page.on("dialog", (dialog) => void dialog.accept());
    await openReflection(page, next.session.id, next.session.title);
    await expect(page.getByRole("textbox").inputValue()).resolves.toBe(REFLECTION);
    await page.getByText("Your reflection in progress is back").waitFor();
    await expectAccessible(page);
    await shoot(page, "micropd-reflection-restored");

    // Offline, what is typed stays on the device, and a wrong tap on a link asks first.
    await context.setOffline(true);
    const MORE = `${REFLECTION} Next time I will add gestures.`;
    await page.getByRole("textbox").fill(MORE);
    await page.getByText("Offline — kept on this device").waitFor();
    await page.getByRole("link", { name: /stage/i }).first().click();
    const dialog = page.getByRole("dialog", { name: "Leave without saving?" });
    await dialog.waitFor();
    await shoot(page, "micropd-leave-guard");
    await dialog.getByRole("button", { name: "Stay on this page" }).click();
    await expect(page.getByRole("textbox").inputValue()).resolves.toBe(MORE);
    // Back online, it goes to the server by itself.
    await context.setOffline(false);
    await savedStatus(page).waitFor();

    // Completing still goes through micropd.complete; the device draft is done.
    await page.getByRole("button", { name: "Mark complete" }).click();
    await page.getByText("Session complete", { exact: true }).waitFor();
    const stored = await page.evaluate(
      (id) => window.localStorage.getItem(`throughline.draft.micropd-reflection:${id}`),
      next.session.id,
    );
    expect(stored).toBeNull();
  });
});

describe("An observation started by mistake", () => {
  it("can be discarded by the coach, after confirming, and leaves nothing behind", async () => {
    const page = await freshPage("coach", "coach@maplevalley.test");
    await page.getByRole("link", { name: "Observe Maria Delgado" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Observe Maria Delgado" }).waitFor();
    await page.getByRole("checkbox", { name: /1\.2 Uses an essential question/ }).check();
    await page.getByRole("button", { name: "Start observing" }).click();
    await page.getByRole("heading", { level: 1, name: "Maria Delgado", exact: true }).waitFor();
    const observationId = page.url().split("/").pop() ?? "";

    await page.getByRole("button", { name: "Discard draft" }).click();
    const dialog = page.getByRole("dialog", { name: "Discard this draft?" });
    await dialog.waitFor();
    await expectAccessible(page);
    await shoot(page, "observation-discard-confirm");
    await dialog.getByRole("button", { name: "Discard draft" }).click();
    await page.waitForURL(/\/coach\/observations$/);

    const input = encodeURIComponent(JSON.stringify({ json: { observationId } }));
    const response = await page.request.get(
      `${run.server.url}/trpc/observations.detail?input=${input}`,
    );
    expect(response.status()).toBe(404);
  });
});

describe("Meeting-room notes on an agenda step", () => {
  it("are saved on the server as typed, kept across steps, and found from another browser", async () => {
    const page = await freshPage("coach", "leader@maplevalley.test");
    const meetingId = await startNextMeeting(page, run.server.url, "Grades 3–5 Team");

    const NOTES = "Two teachers will try the exit ticket on Thursday and bring samples.";
    const { steps, current } = agendaSteps(page);
    const first = steps.nth(0);
    await first.click();
    await current("1.");
    // Straight to another step: leaving the step sends what was typed, without waiting.
    await page.getByLabel(/^Notes on /).fill(NOTES);
    await steps.nth(1).click();
    await current("2.");
    await first.click();
    await current("1.");
    await expect(page.getByLabel(/^Notes on /).inputValue()).resolves.toBe(NOTES);

    // Offline: kept on this device, and leaving the room asks first.
    await page.context().setOffline(true);
    const MORE = `${NOTES} Maria will share hers first.`;
    await page.getByLabel(/^Notes on /).fill(MORE);
    await page.getByText("Offline — kept on this device").waitFor();
    await page.getByRole("link", { name: "Grades 3–5 Team" }).first().click();
    const dialog = page.getByRole("dialog", { name: "Leave without saving?" });
    await dialog.waitFor();
    await expectAccessible(page);
    await shoot(page, "meeting-room-leave-guard");
    await dialog.getByRole("button", { name: "Stay on this page" }).click();
    await page.context().setOffline(false);
    await savedStatus(page).waitFor();
    await shoot(page, "meeting-room-step-notes");

    // Another browser, nothing on its device: the notes come from the server.
    const other = await openSignedIn(run.browser, {
      baseUrl: run.server.url,
      app: "coach",
      email: "leader@maplevalley.test",
    });
    try {
      await other.page.goto(`/coach/meetings/${meetingId}`);
      await other.page.getByRole("timer").waitFor();
      await expect(other.page.getByLabel(/^Notes on /).inputValue()).resolves.toBe(MORE);
    } finally {
      await other.context.close();
    }
  });
});

describe("An action-plan step being edited", () => {
  it("keeps its unsaved edits through a reload", async () => {
    const page = await freshPage("teacher", TEACHER);
    await page.goto("/teacher/action-plan");
    await page.getByRole("heading", { level: 1, name: "My action plan" }).waitFor();
    const edit = page.getByRole("button", { name: /^Edit step/ }).first();
    // The demo teacher's plan has steps from the seed.
    const EDIT = "The pairs talked longer when I gave them a sentence starter on the board.";
    await edit.click();
    await page.getByLabel("Reflection", { exact: true }).fill(EDIT);
    await page.getByText("Draft kept on this device").waitFor();
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "My action plan" }).waitFor();
    await edit.click();
    await expect(page.getByLabel("Reflection", { exact: true }).inputValue()).resolves.toBe(EDIT);
    await page.getByText("Your unsaved edits are back").waitFor();
    await expectAccessible(page);
    await shoot(page, "plan-step-draft");
  });
});

describe("A MicroPD session's edited summary in the admin editor", () => {
  it("is not lost on Back: leaving asks first, and coming back offers the edit again", async () => {
    const page = await freshPage("admin", "admin@maplevalley.test");
    await page.goto("/admin/framework");
    const EDITED = "Choose three words that unlock the text, and preview them with pictures.";
    const summary = await draftFirstSessionSummary(page, EDITED);

    await page.getByRole("link", { name: /^Back to Stage/ }).click();
    const dialog = page.getByRole("dialog", { name: "Leave without saving?" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Leave" }).click();
    await page.locator('a[href*="/framework/sessions/"]').first().waitFor();
    await page.goBack();
    await page.getByRole("heading", { name: "Session details" }).waitFor();
    await expect(summary.inputValue()).resolves.toBe(EDITED);
    await page.getByText("Your unsaved edits are back").waitFor();
    await expectAccessible(page);
    await shoot(page, "framework-session-draft");
  });
});

describe("The 'after the lesson' reflection", () => {
  it("comes back after a reload, and a wrong tap with it unsaved asks first", async () => {
    const page = await freshPage("teacher", TEACHER);
    // The one demo session that asks part of its reflection after the lesson; the MicroPD case
    // above completes it, and this case completes it itself when run alone.
    const home = await queryAsPage<RouterOutputs["teacher"]["home"]>(
      page,
      run.server.url,
      "teacher.home",
    );
    const stageId = home.enrolments[0]?.stage.id ?? "";
    const input = encodeURIComponent(JSON.stringify({ json: { stageId } }));
    const stage = await queryAsPage<RouterOutputs["path"]["stage"]>(
      page,
      run.server.url,
      `path.stage?input=${input}`,
    );
    const session = stage.sessions.find(({ title }) => title === "Previewing Key Vocabulary");
    if (!session) throw new Error("The demo has no session with an after-the-lesson part.");
    if (session.state?.kind !== "completed") {
      const completed = await page.request.post(`${run.server.url}/trpc/micropd.complete`, {
        data: { json: { sessionId: session.id, reflection: REFLECTION } },
      });
      expect(completed.ok()).toBe(true);
    }

    await page.goto(`/teacher/sessions/${session.id}/after-lesson`);
    await page.getByRole("heading", { level: 1, name: "After the lesson" }).waitFor();
    const AFTER =
      "Students used two of the four words unprompted; 'infer' only after I modelled it.";
    await page.getByRole("textbox").fill(AFTER);
    await page.getByText("Draft kept on this device").waitFor();
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "After the lesson" }).waitFor();
    await expect(page.getByRole("textbox").inputValue()).resolves.toBe(AFTER);

    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Home" })
      .click();
    const dialog = page.getByRole("dialog", { name: "Leave without saving?" });
    await dialog.waitFor();
    await expectAccessible(page);
    await shoot(page, "after-lesson-leave-guard");
    await dialog.getByRole("button", { name: "Stay on this page" }).click();
    await page.getByRole("button", { name: "Save my reflection" }).click();
    await page.getByText("Reflection saved").waitFor();
    const kept = await page.evaluate(
      (id) => window.localStorage.getItem(`throughline.draft.after-lesson:${id}`),
      session.id,
    );
    expect(kept).toBeNull();
  });
});

describe("Teacher text the API keeps no draft of", () => {
  it("a credential reflection and a plan goal come back after a reload", async () => {
    const page = await freshPage("teacher", TEACHER);
    await page.goto("/teacher/credentials");
    await page.getByRole("link", { name: "Learning-Focused Lesson Design" }).click();
    await page.getByRole("link", { name: "Start a submission" }).click();
    await page.getByRole("button", { name: "Start a submission" }).click();
    const field = page.getByLabel(/^Reflection \(at least 150 words\)/);
    const PART = "The essential question kept the lesson on one idea; the exit ticket";
    await field.fill(PART);
    await page.getByText("Draft kept on this device").waitFor();
    await page.reload();
    await expect.poll(() => field.inputValue()).toBe(PART);
    await expectAccessible(page);
    await shoot(page, "credential-reflection-draft");

    await page.goto("/teacher/action-plan");
    await page.getByRole("heading", { level: 1, name: "My action plan" }).waitFor();
    const goal = page.getByLabel("Goal", { exact: true });
    const GOAL = "My fourth graders who rarely speak in groups will explain one idea to a partner.";
    await goal.fill(GOAL);
    await page.getByText("Draft kept on this device").waitFor();
    await page.reload();
    await expect.poll(() => goal.inputValue()).toBe(GOAL);
    await shoot(page, "plan-goal-draft");

    // A step editor opened after it, with nothing unsaved, does not hide the goal's guard.
    await page
      .getByRole("button", { name: /^Edit step/ })
      .first()
      .click();
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Home" })
      .click();
    const leave = page.getByRole("dialog", { name: "Leave without saving?" });
    await leave.waitFor();
    await leave.getByRole("button", { name: "Stay on this page" }).click();
    await expect.poll(() => goal.inputValue()).toBe(GOAL);
  });
});
