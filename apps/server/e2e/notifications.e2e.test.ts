import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";

/*
 * The notification centre end to end: Janelle (coach@) comments on Maria's plan in the coach
 * app; Maria's bell, open in another run.browser, shows it without a reload, opens the comment and
 * counts down. Then Maria chooses a daily digest for her coach's comments.
 */
const COMMENT = "Your exit tickets show real progress. Bring two to Thursday's PLC?";
const REPLY = "Yes, I will bring the two strongest ones.";

const run = serverAndBrowserPerFile();

async function signedIn(app: "teacher" | "coach" | "admin", email: string): Promise<Page> {
  const { page } = await run.signedIn(app, email);
  return page;
}

function bell(page: Page) {
  return page.getByRole("button", { name: /^Notifications, / });
}

let teacher: Page;
let coach: Page;

describe("notifications", () => {
  it("a coach's comment reaches the teacher's bell without a reload, and opens the comment", async () => {
    teacher = await signedIn("teacher", "teacher@maplevalley.test");
    await expect(bell(teacher).getAttribute("aria-label")).resolves.toBe(
      "Notifications, none unread",
    );

    coach = await signedIn("coach", "coach@maplevalley.test");
    await coach.getByRole("link", { name: "Maria Delgado" }).first().click();
    await coach.getByRole("heading", { level: 1, name: "Maria Delgado" }).waitFor();
    await coach.getByLabel("Comment on the plan").fill(COMMENT);
    await coach.getByRole("button", { name: "Add comment" }).last().click();
    await coach.getByText(COMMENT).waitFor();

    // The bell asks every ten seconds; no reload, no navigation on the teacher's page.
    await teacher
      .getByRole("button", { name: "Notifications, 1 unread" })
      .waitFor({ timeout: 20_000 });

    await bell(teacher).click();
    const popover = teacher.getByRole("dialog", { name: "Notifications" });
    const item = popover.getByRole("button", {
      name: /Janelle Brooks commented on your action plan/,
    });
    await expect(item.textContent()).resolves.toContain("Unread:");
    await expect(item.textContent()).resolves.toContain(COMMENT);
    await expectAccessible(teacher);
    await item.click();

    await teacher.waitForURL(/\/teacher\/action-plan\?stage=.+#comment-/);
    const commentId = new URL(teacher.url()).hash.slice(1);
    const comment = teacher.locator(`[id="${commentId}"]`);
    await comment.getByText(COMMENT).waitFor();
    // Focus lands on the comment itself, in view, so keyboard and screen-reader users are there.
    await expect
      .poll(() => teacher.evaluate(() => document.activeElement?.id ?? ""))
      .toBe(commentId);
    await expect(comment.isVisible()).resolves.toBe(true);
    expect(await comment.evaluate((element) => element.className)).toContain("ring-2");

    await teacher.getByRole("button", { name: "Notifications, none unread" }).waitFor();
    await expectAccessible(teacher);
  });

  it("lists every notification on its own page", async () => {
    await teacher.goto("/teacher/notifications");
    await teacher.getByRole("heading", { level: 1, name: "Notifications" }).waitFor();
    await teacher.getByText("Janelle Brooks commented on your action plan").waitFor();
    await teacher.getByText("All read.").waitFor();
    await expectAccessible(teacher);
  });

  it("keeps a daily-digest choice for the coach's comments", async () => {
    await bell(teacher).click();
    await teacher
      .getByRole("dialog", { name: "Notifications" })
      .getByRole("link", { name: "Email settings" })
      .click();
    await teacher.getByRole("heading", { level: 1, name: "Email settings" }).waitFor();
    await teacher.getByText("America/Chicago").waitFor();
    await expectAccessible(teacher);

    const choice = teacher.getByLabel("Comments from my coach");
    await expect(choice.inputValue()).resolves.toBe("immediate");
    await choice.selectOption({ label: "Daily digest" });
    await teacher.getByRole("button", { name: "Save email settings" }).click();
    await teacher.getByRole("status").filter({ hasText: "Saved." }).waitFor();

    await teacher.reload();
    await teacher.getByRole("heading", { level: 1, name: "Email settings" }).waitFor();
    await expect(teacher.getByLabel("Comments from my coach").inputValue()).resolves.toBe(
      "daily_digest",
    );
  });

  it("the teacher's reply reaches the coach's bell and opens on her page in the coach app", async () => {
    // Janelle allows email at any hour, so quiet hours do not hold her message back.
    await bell(coach).click();
    await coach
      .getByRole("dialog", { name: "Notifications" })
      .getByRole("link", { name: "Email settings" })
      .click();
    await coach.getByRole("heading", { level: 1, name: "Email settings" }).waitFor();
    await coach.getByLabel("Replies from teachers").waitFor();
    await coach.getByLabel("Email me on weekday evenings (6 PM to 7 AM)").check();
    await coach.getByLabel("Email me at weekends").check();
    await coach.getByRole("button", { name: "Save email settings" }).click();
    await coach.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    await expectAccessible(coach);

    await teacher.goto("/teacher/action-plan");
    const thread = teacher.locator("li").filter({ hasText: COMMENT }).last();
    await thread.getByRole("button", { name: "Reply to Janelle Brooks" }).click();
    await thread.getByLabel("Reply to Janelle Brooks").fill(REPLY);
    await thread.getByRole("button", { name: "Send reply" }).click();
    await thread.getByText(REPLY).waitFor();

    // The coach's bell links inside the coach app, to the reply on Maria's page.
    await coach
      .getByRole("button", { name: "Notifications, 1 unread" })
      .waitFor({ timeout: 20_000 });
    await bell(coach).click();
    await coach
      .getByRole("dialog", { name: "Notifications" })
      .getByRole("button", { name: /Maria Delgado replied on their action plan/ })
      .click();
    await coach.waitForURL(/\/coach\/teachers\/.+#comment-/);
    const replyId = new URL(coach.url()).hash.slice(1);
    await coach.locator(`[id="${replyId}"]`).getByText(REPLY).waitFor();
    await expect.poll(() => coach.evaluate(() => document.activeElement?.id ?? "")).toBe(replyId);
  });
});
