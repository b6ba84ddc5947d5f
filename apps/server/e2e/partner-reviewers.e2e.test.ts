import type { APIRequestContext, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { expectAccessible, signIn } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { screenshotAtBothWidths } from "./screenshots.ts";
import { submitCredential } from "./submit-credential.ts";

/*
 * Issue 21: districts in a partnership share certified reviewers. Maple Valley and Cedar Ridge
 * form a partnership; Maple Valley offers Leah, certified there for Lesson Design, and Cedar
 * Ridge accepts her; she adds Cedar Ridge to her sign-in, chooses it, and reviews a Cedar Ridge
 * teacher's submission without ever seeing the teacher's name (Cedar Ridge itself does not
 * review blind: a partner's reviewer always does).
 */

const run = serverAndBrowserPerFile();
const folder = process.env.SCREENSHOT_DIR;
const LESSON_DESIGN = "Learning-Focused Lesson Design";
const TEACHER = "Aaron Feld";
const clients: APIRequestContext[] = [];
afterAll(async () => {
  for (const client of clients) await client.dispose();
});

let inviteLink = "";

async function openPartnerships(page: Page) {
  await page.goto("/admin/partnerships");
  await page.getByRole("heading", { level: 1, name: "Partner districts" }).waitFor();
}

describe("a partnership shares a certified reviewer", () => {
  it("Maple Valley proposes, Cedar Ridge accepts, Maple Valley offers Leah and Cedar Ridge accepts her", async () => {
    const { page: maple } = await run.signedIn("admin", "admin@maplevalley.test");
    await openPartnerships(maple);
    await maple.getByLabel("District short name").fill("cedar-ridge");
    await maple.getByRole("button", { name: "Propose partnership" }).click();
    await maple.getByText("Proposed to Cedar Ridge Schools").waitFor();
    await maple.getByRole("heading", { name: /Cedar Ridge Schools/ }).waitFor();

    const { page: cedar } = await run.signedIn("admin", "admin@cedarridge.test");
    await openPartnerships(cedar);
    await cedar.getByRole("button", { name: "Accept partnership" }).click();
    await cedar.getByText("In force", { exact: true }).waitFor();

    await maple.reload();
    await maple.getByText("In force", { exact: true }).waitFor();
    const offer = maple.getByLabel("Certified reviewer to offer");
    const choices = await offer.locator("option").allTextContents();
    const leah = choices.find(
      (label) => label.startsWith("Leah Whitfield") && label.includes(LESSON_DESIGN),
    );
    expect(leah).toBeDefined();
    await offer.selectOption({ label: leah ?? "" });
    await maple.getByRole("button", { name: "Offer reviewer" }).click();
    await maple.getByRole("button", { name: "Withdraw Leah Whitfield" }).waitFor();
    await screenshotAtBothWidths(maple, "partnerships-offering", { folder });
    await expectAccessible(maple);

    await cedar.reload();
    const own = cedar.getByLabel("Your credential Leah Whitfield reviews");
    // The credential with the same title is chosen for the admin.
    await expect.poll(async () => own.locator("option:checked").textContent()).toBe(LESSON_DESIGN);
    await screenshotAtBothWidths(cedar, "partnerships-offer-received", { folder });
    await expectAccessible(cedar);
    await cedar.getByRole("button", { name: "Accept Leah Whitfield" }).click();
    const link = cedar.getByLabel("Invite link for Leah Whitfield (shown once)");
    await link.waitFor();
    inviteLink = (await link.inputValue()).trim();
    expect(inviteLink).toContain("/invite/");
    await cedar.getByText("Reviewing", { exact: true }).waitFor();
    await expectAccessible(cedar);
  });

  it("Leah adds Cedar Ridge to her sign-in, chooses it, and reviews a Cedar Ridge teacher's work blind", async () => {
    const submissionId = await submitCredential(
      run.server.url,
      { email: "aaron.feld@cedarridge.test", credentialName: LESSON_DESIGN },
      (client) => clients.push(client),
    );

    const context = await run.newContext();
    const leah = await context.newPage();
    await leah.goto("/coach/");
    await signIn(leah, "leah.whitfield@maplevalley.test", "throughline-demo");
    await leah.getByRole("navigation", { name: "Main" }).waitFor();
    await leah.goto(inviteLink);
    await leah.getByRole("button", { name: "Add Cedar Ridge Schools" }).click();
    await leah
      .getByRole("heading", { level: 1, name: "Cedar Ridge Schools is added to your sign-in" })
      .waitFor();

    await leah.goto("/coach/account");
    await leah
      .getByRole("list", { name: "Your districts" })
      .getByRole("button", { name: /Cedar Ridge Schools/ })
      .click();
    await leah.getByText("Cedar Ridge Schools").first().waitFor();

    // In Cedar Ridge the coach app is her review queue, and nothing else.
    await leah.goto("/coach/");
    await leah.getByRole("heading", { level: 1, name: "Reviews" }).waitFor();
    const nav = leah.getByRole("navigation", { name: "Main" });
    await expect.poll(() => nav.getByRole("link").allTextContents()).toEqual(["Reviews"]);
    const row = leah.getByRole("listitem").filter({ hasText: LESSON_DESIGN });
    await row.first().waitFor();
    expect(await leah.getByText(TEACHER).count()).toBe(0);
    await screenshotAtBothWidths(leah, "partner-review-queue", { folder });

    await leah.goto(`/coach/reviews/${submissionId}`);
    await leah.getByRole("heading", { level: 1, name: `Review: ${LESSON_DESIGN}` }).waitFor();
    await leah.getByText("The exit tickets showed growth.", { exact: false }).waitFor();
    expect(await leah.getByText(TEACHER).count()).toBe(0);
    expect(await leah.getByText("Cedar Ridge Elementary").count()).toBe(0);
    await expectAccessible(leah);
    await screenshotAtBothWidths(leah, "partner-review-blind", { folder });

    for (const criterion of [
      "Alignment to the standard",
      "Essential question",
      "Summarizing and evidence of learning",
      "Reflection on practice",
    ]) {
      await leah
        .getByRole("group", { name: criterion })
        .getByRole("radio", { name: /^Proficient/ })
        .check();
    }
    await leah.getByRole("button", { name: "Submit review" }).click();
    await leah.getByText(/Outcome: /).waitFor();
    expect(await leah.getByText(TEACHER).count()).toBe(0);
  });
});
