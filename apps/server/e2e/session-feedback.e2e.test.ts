import type { RouterOutputs } from "@throughline/api/types";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { openSessionOf } from "./demo-teacher.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { screenshotAtBothWidths } from "./screenshots.ts";
import { queryAsPage } from "./trpc-over-http.ts";

/*
 * Issue 20, session feedback: a teacher completes a MicroPD session on a phone and answers the
 * two-question pulse with one tap each; it is not asked again. Her home asks about the other
 * things she finished recently, and "Not now" puts that away. The district's framework author
 * sees per session completions, minutes, usefulness, comments and the revision flag.
 */

const run = serverAndBrowserPerFile();
const shots = process.env.FEEDBACK_SCREENSHOTS;
const TEACHER = "teacher@maplevalley.test";
const ADMIN = "admin@maplevalley.test";
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const REFLECTION =
  "I will open tomorrow's lesson with the essential question and come back to it before the exit ticket.";

function pulseOf(page: Page) {
  return page.getByRole("region", { name: "Quick feedback" });
}

/** Taps one answer of the pulse: the label is the button a thumb hits. */
async function tapAnswer(page: Page, question: string, answer: string) {
  const group = pulseOf(page).getByRole("group", { name: question });
  await group.locator("label", { hasText: answer }).tap();
  await expect.poll(() => group.getByRole("radio", { name: answer }).isChecked()).toBe(true);
}

describe("session feedback", () => {
  let teacher: Page;
  let sessionId = "";

  it("a teacher completes a session on a phone and answers the pulse with one tap each", async () => {
    ({ page: teacher } = await run.signedIn("teacher", TEACHER, PHONE));
    const session = await openSessionOf(teacher, run.server.url);
    sessionId = session.id;
    await teacher.goto(`/teacher/sessions/${session.id}`);
    await teacher.getByRole("heading", { level: 1, name: session.title }).waitFor();
    while (!((await teacher.locator("#step-heading").textContent()) ?? "").includes("Reflection")) {
      const before = await teacher.locator("#step-heading").textContent();
      await teacher.getByRole("button", { name: "Next" }).tap();
      await teacher.locator("#step-heading", { hasNotText: before ?? "" }).waitFor();
    }
    await teacher.getByRole("textbox").fill(REFLECTION);
    await teacher.getByRole("button", { name: "Mark complete" }).tap();
    await teacher.getByText("Session complete", { exact: true }).waitFor();

    const pulse = pulseOf(teacher);
    await pulse.waitFor();
    await expectAccessible(teacher);
    await pulse.scrollIntoViewIfNeeded();
    await screenshotAtBothWidths(teacher, "feedback-pulse", {
      folder: shots,
      viewport: PHONE.viewport,
    });

    // The answer targets are thumb-sized on a phone.
    const box = await pulse.locator("label", { hasText: "Very useful" }).boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);

    await tapAnswer(teacher, "Was it useful?", "Very useful");
    await tapAnswer(teacher, "Will you use it in class this week?", "Yes");
    await pulse.getByText("Thank you, your answers are saved.").waitFor();
    await expectAccessible(teacher);
    await screenshotAtBothWidths(teacher, "feedback-pulse-answered", {
      folder: shots,
      viewport: PHONE.viewport,
    });

    const saved = await queryAsPage<RouterOutputs["sessionFeedback"]["forItem"]>(
      teacher,
      run.server.url,
      `sessionFeedback.forItem?input=${encodeURIComponent(
        JSON.stringify({ json: { itemKind: "micropd_session", itemId: session.id } }),
      )}`,
    );
    expect(saved).toMatchObject({ state: "answered", usefulness: 4, willUse: "yes" });
  });

  it("is asked once: the session does not ask again after a reload", async () => {
    await teacher.reload();
    await teacher.getByText(/Completed on/).waitFor();
    expect(await pulseOf(teacher).count()).toBe(0);
  });

  it("the home asks about other recent things, and Not now puts one away", async () => {
    const pending = await queryAsPage<RouterOutputs["sessionFeedback"]["pending"]>(
      teacher,
      run.server.url,
      "sessionFeedback.pending",
    );
    expect(pending.map((item) => item.itemId)).not.toContain(sessionId);
    expect(pending.length).toBeGreaterThan(0);
    const first = pending[0];
    await teacher.goto("/teacher/");
    const pulse = pulseOf(teacher);
    await pulse.waitFor();
    await pulse.getByText(first?.title ?? "").waitFor();
    await expectAccessible(teacher);
    await screenshotAtBothWidths(teacher, "feedback-home", {
      folder: shots,
      viewport: PHONE.viewport,
    });
    // Keyboard: Tab from the heading lands on the first answer, and its button shows the focus.
    await pulse.getByRole("heading", { name: "Quick feedback" }).click();
    await teacher.keyboard.press("Tab");
    const focused = pulse.getByRole("radio", { name: "Not useful" });
    await expect(focused.evaluate((node) => node === document.activeElement)).resolves.toBe(true);
    const outline = await focused.evaluate((node) => {
      const style = getComputedStyle(node.closest("label") ?? node);
      return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe("none");
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await pulse.getByRole("button", { name: "Not now" }).tap();
    await teacher.reload();
    await teacher.getByRole("heading", { level: 1, name: /Welcome/ }).waitFor();
    // Put away on this device, not answered: the server still counts it as waiting.
    await expect(pulse.getByText(first?.title ?? "").count()).resolves.toBe(0);
  });

  it("the stage page asks about the workshop she attended, once", async () => {
    const { page: desk } = await run.signedIn("teacher", TEACHER);
    await desk
      .getByRole("link", { name: /Stage 1/ })
      .first()
      .waitFor();
    const home = await queryAsPage<RouterOutputs["teacher"]["home"]>(
      desk,
      run.server.url,
      "teacher.home",
    );
    const attended = home.enrolments.find((enrolment) => enrolment.workshopAttended);
    expect(attended).toBeDefined();
    await desk.goto(`/teacher/stages/${attended?.stage.id}`);
    const card = desk.locator("section, div", {
      has: desk.getByRole("heading", { name: "Introductory workshop" }),
    });
    await card.getByText("You attended").first().waitFor();
    const pulse = pulseOf(desk);
    await pulse.getByText(/Two taps about the workshop/).waitFor();
    await expectAccessible(desk);
    await pulse.scrollIntoViewIfNeeded();
    await screenshotAtBothWidths(desk, "feedback-workshop", { folder: shots });

    const group = pulse.getByRole("group", { name: "Was it useful?" });
    await group.locator("label", { hasText: "A little" }).click();
    await expect.poll(() => group.getByRole("radio", { name: "A little" }).isChecked()).toBe(true);
    await pulse
      .getByRole("group", { name: "Will you use it in class this week?" })
      .locator("label", { hasText: "Not yet" })
      .click();
    await pulse.getByText("Thank you, your answers are saved.").waitFor();
    const cohortId = (
      await queryAsPage<RouterOutputs["path"]["stage"]>(
        desk,
        run.server.url,
        `path.stage?input=${encodeURIComponent(JSON.stringify({ json: { stageId: attended?.stage.id } }))}`,
      )
    ).enrolment?.workshop.cohortId;
    const saved = await queryAsPage<RouterOutputs["sessionFeedback"]["forItem"]>(
      desk,
      run.server.url,
      `sessionFeedback.forItem?input=${encodeURIComponent(
        JSON.stringify({ json: { itemKind: "workshop", itemId: cohortId } }),
      )}`,
    );
    expect(saved).toMatchObject({ state: "answered", usefulness: 2, willUse: "not_yet" });

    await desk.reload();
    await desk.getByText("You attended").first().waitFor();
    expect(await pulseOf(desk).count()).toBe(0);
  });

  it("the framework author sees completions, minutes, feedback and a flag per session", async () => {
    const { page: admin } = await run.signedIn("admin", ADMIN);
    await admin.goto("/admin/framework");
    await admin.getByRole("link", { name: "Session feedback" }).click();
    await admin.getByRole("heading", { level: 1, name: "Session feedback" }).waitFor();
    await admin.getByText("1 session is flagged for revision").waitFor();
    const table = admin.getByRole("region", { name: /Feedback on Stage 1/ });
    const flaggedRow = table.getByRole("row", {
      name: /Writing Essential Questions Students Can Answer/,
    });
    await flaggedRow.getByText("Flagged for revision").waitFor();
    await flaggedRow.getByText(/^Rated \d\.\d of 4 on average by \d+ teachers/).waitFor();
    const cells = await flaggedRow.getByRole("cell").allTextContents();
    // Completed, median minutes, responses: figures, not blanks.
    expect(Number(cells[0])).toBeGreaterThan(5);
    expect(cells[1]).toMatch(/^\d+(\.\d)?est\. \d+$/);
    expect(Number.parseInt(cells[2] ?? "", 10)).toBeGreaterThanOrEqual(5);
    // Comments open per session, without names.
    const comments = admin.locator("details", {
      has: admin.locator("summary", {
        hasText: /^Stage 1, session 3: Writing Essential Questions/,
      }),
    });
    await comments.locator("summary").click();
    await comments.getByText(/“.+”/).first().waitFor();
    await expectAccessible(admin);
    await screenshotAtBothWidths(admin, "feedback-author", { folder: shots });
  });
});
