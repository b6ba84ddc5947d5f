import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";

/* Issue 5: a district admin authors the framework; principals read it. */

const run = serverAndBrowserPerFile();

async function signedIn(email: string): Promise<Page> {
  const { page } = await run.signedIn("admin", email);
  return page;
}

const STAGE = "Sustaining the practice";
const SESSION = "Leading a peer visit";

describe("framework authoring", () => {
  let admin: Page;

  it("a district admin adds a fourth stage with a completion rule", async () => {
    admin = await signedIn("admin@maplevalley.test");
    await admin
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Framework" })
      .click();
    await admin.getByRole("heading", { level: 1, name: "Framework" }).waitFor();
    await expectAccessible(admin);

    await admin.getByLabel("Title").fill(STAGE);
    await admin.getByLabel("Summary").fill("Lead a colleague through the cycle you finished.");
    await admin.getByLabel("Support meetings required").fill("2");
    await admin.getByLabel("A coach confirms completion").check();
    await admin.getByRole("button", { name: "Add the stage" }).click();
    await admin.getByRole("link", { name: `Stage 4: ${STAGE}` }).waitFor();
    await admin.getByText("2 support meetings, then a coach confirms").waitFor();
  });

  it("adds a session to the new stage", async () => {
    await admin.getByRole("link", { name: `Stage 4: ${STAGE}` }).click();
    await admin.getByRole("heading", { level: 1, name: `Stage 4: ${STAGE}` }).waitFor();
    await admin.getByText("No sessions yet").waitFor();
    await expectAccessible(admin);

    await admin.getByLabel("Session title").fill(SESSION);
    await admin.getByLabel("Session summary").fill("Plan a visit around one indicator.");
    await admin.getByLabel("Reflection prompt").fill("What will you look for?");
    await admin.getByRole("button", { name: "Add the session" }).click();
    await admin.getByRole("heading", { level: 1, name: SESSION }).waitFor();
    await expectAccessible(admin);
  });

  it("writes a reading with a live Markdown preview", async () => {
    await admin.getByLabel("Kind of block").selectOption("reading");
    await admin.getByRole("button", { name: "Add a block" }).click();
    await admin
      .getByLabel("Block 2 reading (Markdown)")
      .fill("## Why peers visit\n\nA **short** visit shows practice in its setting.");
    const preview = admin.getByRole("region", { name: "Block 2 preview" });
    await preview.getByRole("heading", { name: "Why peers visit" }).waitFor();
    await expect(preview.locator("strong").textContent()).resolves.toBe("short");
  });

  it("names a video address that cannot play beside its field, then saves once fixed (with a question for after the lesson)", async () => {
    await admin.getByLabel("Kind of block").selectOption("video");
    await admin.getByRole("button", { name: "Add a block" }).click();
    const url = admin.getByLabel("Block 3 video address");
    await url.fill("https://example.com/a-page-about-visits");
    await admin.getByLabel("Block 3 video title").fill("A peer visit");
    await admin.getByLabel("Block 3 transcript").fill("We walk in quietly and sit at the back.");
    await admin.getByRole("button", { name: "Save the session" }).click();
    await admin.getByText("Use a YouTube or Vimeo link, or a video file").waitFor();
    await expect(url.getAttribute("aria-invalid")).resolves.toBe("true");
    await expectAccessible(admin);

    await url.fill("https://media.example.org/peer-visit.mp4");
    await admin.getByRole("button", { name: "Add a question" }).click();
    await admin.getByLabel("Question 1").fill("What did you notice when you visited?");
    await admin.getByRole("button", { name: "Save the session" }).click();
    await admin.getByText("Session saved").waitFor();
    await admin.reload();
    await admin.getByRole("heading", { level: 1, name: SESSION }).waitFor();
    await expect(admin.getByLabel("Block 3 video address").inputValue()).resolves.toBe(
      "https://media.example.org/peer-visit.mp4",
    );
    await expect(admin.getByLabel("Question 1").inputValue()).resolves.toBe(
      "What did you notice when you visited?",
    );
    await admin
      .getByRole("region", { name: "Block 2 preview" })
      .getByRole("heading", { name: "Why peers visit" })
      .waitFor();
  });

  it("two admins edit one session: the second save is refused, says so, and loses nothing", async () => {
    const other = await signedIn("admin@maplevalley.test");
    await other.goto(admin.url());
    await other.getByRole("heading", { level: 1, name: SESSION }).waitFor();
    // Both opened the same copy; this admin starts typing first, the other saves first.
    const mine = "Plan a visit around one indicator, then debrief within a day.";
    await admin.getByLabel("Summary", { exact: true }).fill(mine);
    await other.getByLabel("Summary", { exact: true }).fill("Their summary, saved first.");
    await other.getByRole("button", { name: "Save the session" }).click();
    await other.getByText("Session saved").waitFor();

    await admin.getByRole("button", { name: "Save the session" }).click();
    const conflict = admin
      .getByRole("alert")
      .filter({ hasText: "Someone else saved this session" });
    await conflict.getByText("Your edits are not saved yet").waitFor();
    await expect(admin.getByLabel("Summary", { exact: true }).inputValue()).resolves.toBe(mine);
    await expectAccessible(admin);

    // A reload keeps the edits on this device; saving them is refused again until she chooses.
    await admin.reload();
    await admin.getByText("Your unsaved edits are back").waitFor();
    await expect(admin.getByLabel("Summary", { exact: true }).inputValue()).resolves.toBe(mine);
    await admin.getByRole("button", { name: "Save the session" }).click();
    await conflict.getByRole("button", { name: "Keep editing mine" }).click();
    await admin.getByRole("button", { name: "Save the session" }).click();
    await admin.getByText("Session saved").waitFor();

    await other.reload();
    await expect(other.getByLabel("Summary", { exact: true }).inputValue()).resolves.toBe(mine);
  });

  it("moves the new stage up one, and the order changes", async () => {
    await admin
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Framework" })
      .click();
    await admin.getByRole("link", { name: `Stage 4: ${STAGE}` }).waitFor();
    await admin.getByRole("button", { name: `Move ${STAGE} up` }).click();
    await admin.getByRole("link", { name: `Stage 3: ${STAGE}` }).waitFor();
    await admin.getByText(`${STAGE} is now stage 3 of 4.`).waitFor();
    // The stages of the district's framework program (the demo runs a second program below it).
    const titles = await admin
      .getByRole("region", { name: "Instructional framework" })
      .getByRole("listitem")
      .getByRole("heading", { level: 3 })
      .allTextContents();
    expect(titles.at(-1)).toMatch(/^Stage 4: /);
    expect(titles.at(-2)).toBe(`Stage 3: ${STAGE}`);
    await expectAccessible(admin);
  });

  it("a principal reads the framework without edit controls", async () => {
    const principal = await signedIn("principal@maplevalley.test");
    await principal
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Framework" })
      .click();
    await principal.getByRole("link", { name: `Stage 3: ${STAGE}` }).waitFor();
    await principal.getByText("Read only").waitFor();
    await expect
      .poll(() => principal.getByRole("button", { name: "Add the stage" }).count())
      .toBe(0);
    await expect.poll(() => principal.getByRole("button", { name: /^Move / }).count()).toBe(0);
    await principal.getByRole("link", { name: `Stage 3: ${STAGE}` }).click();
    await principal.getByRole("link", { name: SESSION }).waitFor();
    await expectAccessible(principal);
  });
});
