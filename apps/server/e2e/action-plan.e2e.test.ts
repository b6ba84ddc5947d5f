import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";

const GOAL =
  "My second graders who rarely write more than a sentence will explain their thinking in three sentences; I will know from Friday quick writes.";
const STEP = "Model a think-aloud before every Friday quick write";
const COMMENT = "Lovely plan. Try collecting three quick writes to bring to the PLC.";
const REPLY = "Thanks! I will bring them on Thursday.";

/** The smallest PDF a reader opens: one empty page. */
const tinyPdf = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

const run = serverAndBrowserPerFile();

/** A signed-in page of its own (a person on their own computer). */
async function signedIn(app: "teacher" | "coach", email: string): Promise<Page> {
  const { page } = await run.signedIn(app, email);
  return page;
}

let teacher: Page;
let coach: Page;
/** "Done on Dec 7, 2026": the day the teacher marked the step done, as the step says it. */
let doneOn = "";

function stepArticle(page: Page) {
  return page.getByRole("article", { name: new RegExp(STEP) });
}

describe("action plan with evidence and coach comments", () => {
  it("the teacher writes the goal and a step", async () => {
    teacher = await signedIn("teacher", "teacher@maplevalley.test");
    await teacher
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Action plan" })
      .click();
    await teacher.getByRole("heading", { level: 1, name: "My action plan" }).waitFor();
    await expectAccessible(teacher);

    await teacher.getByLabel("Goal", { exact: true }).fill(GOAL);
    await teacher.getByRole("checkbox").first().check();
    await teacher.getByRole("button", { name: "Save goal" }).click();
    await teacher.getByRole("status").filter({ hasText: "Saved." }).waitFor();

    await teacher.getByLabel("What will you do in your classroom?").fill(STEP);
    await teacher.getByLabel("By when").last().fill("2030-01-17");
    await teacher.getByRole("button", { name: "Add step" }).click();
    await stepArticle(teacher).waitFor();
  });

  it("refuses a disallowed or oversized file with a message beside the file field", async () => {
    const fileField = stepArticle(teacher).getByLabel("Add a file as evidence");
    await fileField.setInputFiles({
      name: "setup.exe",
      mimeType: "application/x-msdownload",
      buffer: Buffer.from("MZ\x90\0"),
    });
    const message = stepArticle(teacher).getByText(
      "Files of type .exe can't be added. Use a PDF, an image or an Office document.",
    );
    await message.waitFor();
    // The message is tied to the field, so a screen reader hears it with the field.
    await expect(fileField.getAttribute("aria-invalid")).resolves.toBe("true");

    const big = Buffer.alloc(11 * 1024 * 1024);
    tinyPdf.copy(big);
    await fileField.setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: big });
    await stepArticle(teacher).getByText("This file is 11 MB; the limit is 10 MB.").waitFor();
    await expectAccessible(teacher);
  });

  it("uploads a small PDF as evidence", async () => {
    const fileField = stepArticle(teacher).getByLabel("Add a file as evidence");
    await fileField.setInputFiles({
      name: "lesson-plan.pdf",
      mimeType: "application/pdf",
      buffer: tinyPdf,
    });
    await stepArticle(teacher)
      .getByRole("link", { name: /lesson-plan\.pdf/ })
      .waitFor();
    await teacher.getByText(/Added the file lesson-plan\.pdf/).waitFor();
  });

  it("marks the step done with a reflection: it says the day it was done, and a typo fixed later keeps that day", async () => {
    const step = stepArticle(teacher);
    const edit = async (change: () => Promise<void>) => {
      await step.getByRole("button", { name: /^Edit step/ }).click();
      await change();
      await step.getByRole("button", { name: "Save step" }).click();
      await step.getByRole("button", { name: /^Edit step/ }).waitFor();
    };
    await expect(step.getByText(/^Done on /).count()).resolves.toBe(0);
    await edit(async () => {
      await step.getByLabel("Status").selectOption({ label: "Done" });
      await step.getByLabel("Reflection").fill("Tehy wrote three sentences by week two.");
    });
    doneOn = (await step.getByText(/^Done on \w{3} \d{1,2}, \d{4}$/).textContent()) ?? "";
    expect(doneOn).toMatch(/^Done on /);
    await teacher.screenshot({
      path: "/tmp/shots25/completed-at-step-done-desktop.png",
      fullPage: true,
    });
    await teacher.setViewportSize({ width: 390, height: 844 });
    await step.scrollIntoViewIfNeeded();
    await teacher.screenshot({ path: "/tmp/shots25/completed-at-step-done-phone.png" });
    await teacher.setViewportSize({ width: 1280, height: 800 });

    await edit(() => step.getByLabel("Reflection").fill("They wrote three sentences by week two."));
    await step.getByText("They wrote three sentences by week two.").waitFor();
    await step.getByText(doneOn, { exact: true }).waitFor();
    await expectAccessible(teacher);
  });

  it("the coach opens the teacher from the caseload, reads the plan, opens the evidence and comments", async () => {
    coach = await signedIn("coach", "coach@maplevalley.test");
    await coach.getByRole("link", { name: "Maria Delgado" }).first().click();
    await coach.getByRole("heading", { level: 1, name: "Maria Delgado" }).waitFor();
    await coach.getByText(GOAL).waitFor();
    await expectAccessible(coach);

    const step = coach.getByRole("article", { name: STEP });
    await step.getByText(doneOn, { exact: true }).waitFor();
    const evidence = step.getByRole("link", { name: /lesson-plan\.pdf/ });
    const href = await evidence.getAttribute("href");
    expect(href).toMatch(/^\/files\/evidence\//);
    const response = await coach.request.get(`${run.server.url}${href}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");

    await step.getByLabel("Comment on this step").fill(COMMENT);
    await step.getByRole("button", { name: "Add comment" }).click();
    await step.getByText(COMMENT).waitFor();
  });

  it("the teacher sees the comment on home and on the plan, and replies", async () => {
    await teacher.goto("/teacher/");
    await teacher.getByRole("heading", { name: "Recent comments from your coach" }).waitFor();
    await teacher.getByText(COMMENT).waitFor();
    await expectAccessible(teacher);

    await teacher.goto("/teacher/action-plan");
    const step = stepArticle(teacher);
    await step.getByText(COMMENT).waitFor();
    await step.getByRole("button", { name: "Reply to Janelle Brooks" }).click();
    await step.getByLabel("Reply to Janelle Brooks").fill(REPLY);
    await step.getByRole("button", { name: "Send reply" }).click();
    await step.getByText(REPLY).waitFor();
    await expectAccessible(teacher);
  });

  it("the coach sees the reply, and the history names who did what", async () => {
    await coach.reload();
    const step = coach.getByRole("article", { name: STEP });
    await step.getByText(REPLY).waitFor();
    await coach.getByText("Janelle Brooks · Commented on").first().waitFor();
    await coach.getByText("Maria Delgado · Replied to a comment on").first().waitFor();
    await expectAccessible(coach);
  });
});
