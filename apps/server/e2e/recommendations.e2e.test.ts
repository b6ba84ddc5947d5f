import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";

/** A session of Maria's Stage 1 she has not completed: the coach assigns it. */
const ASSIGNED = "Teaching Vocabulary So It Sticks";

const run = serverAndBrowserPerFile();

async function signedIn(app: "teacher" | "coach", email: string): Promise<Page> {
  const { page } = await run.signedIn(app, email);
  return page;
}

/**
 * The titles of the listed recommendations, in order (each is a heading in the list): level 3 on
 * the home's card, and on the page too, where Maple Valley's two programs each head a list.
 */
async function listedTitles(page: Page, level: 2 | 3): Promise<string[]> {
  return page
    .getByRole("main")
    .getByRole("listitem")
    .getByRole("heading", { level })
    .allInnerTexts();
}

let teacher: Page;

describe("the individual path", () => {
  it("Maria sees recommended sessions with their reasons on her home page", async () => {
    teacher = await signedIn("teacher", "teacher@maplevalley.test");
    const card = teacher.getByRole("heading", { level: 2, name: "Recommended for you" });
    await card.waitFor();
    await teacher
      .getByText(/was (not yet observed|beginning|developing) on \w+ \d+, target proficient/)
      .first()
      .waitFor();
    expect((await listedTitles(teacher, 3)).length).toBeGreaterThan(0);
  });

  it("opens the whole list, dismisses one with a reason, and starts another", async () => {
    await teacher.getByRole("link", { name: /See all \d+ recommendations/ }).click();
    await teacher.getByRole("heading", { level: 1, name: "Recommended for you" }).waitFor();
    await expectAccessible(teacher);

    // Sessions open in order: start the one the player opens now, dismiss another.
    const startLabel = await teacher
      .getByRole("link", { name: /^Start session: / })
      .first()
      .getAttribute("aria-label");
    const started = startLabel?.replace(/^Start session: /, "");
    const dismissed = (await listedTitles(teacher, 3)).find((title) => title !== started);
    if (!dismissed || !started) throw new Error("Maria needs two recommendations.");
    await teacher.getByRole("button", { name: `Not for me: ${dismissed}` }).click();
    const dialog = teacher.getByRole("dialog");
    await dialog.getByRole("button", { name: "Remove from my list" }).click();
    // The server's message, next to the field.
    await dialog.getByText("Say briefly why", { exact: true }).waitFor();
    await dialog.getByLabel("Reason").fill("I took this in last year's summer institute.");
    await dialog.getByRole("button", { name: "Remove from my list" }).click();
    await teacher.getByText(`“${dismissed}” was removed from your list.`).waitFor();
    expect(await listedTitles(teacher, 3)).not.toContain(dismissed);

    await teacher.getByRole("link", { name: `Start session: ${started}` }).click();
    await teacher.getByRole("heading", { level: 1, name: started }).waitFor();
  });

  it("her coach sees the growth table and assigns a session", async () => {
    const coach = await signedIn("coach", "coach@maplevalley.test");
    await coach.getByRole("link", { name: "Maria Delgado" }).first().click();
    await coach.getByRole("heading", { level: 1, name: "Maria Delgado" }).waitFor();
    await coach.getByRole("heading", { level: 2, name: "Indicator trend" }).waitFor();
    await coach.getByText("Show the levels as a table").click();
    const table = coach.getByRole("table");
    // Coaching observations only: walkthroughs and imported ratings are evaluation data.
    await table
      .getByRole("row", { name: /Coaching observation/ })
      .first()
      .waitFor();
    expect(await table.getByRole("row", { name: /Imported rating|Walkthrough/ }).count()).toBe(0);
    await expectAccessible(coach);

    await coach.getByLabel("Assign a session").selectOption({ label: `7. ${ASSIGNED}` });
    await coach.getByRole("button", { name: "Assign", exact: true }).click();
    await coach
      .getByRole("listitem")
      .filter({ hasText: ASSIGNED })
      .getByText("Assigned by Janelle Brooks")
      .waitFor();

    // The coach sets another one aside, with a reason she can read again later.
    const setAside = coach.getByRole("button", { name: /^Set aside: / });
    const labels = await setAside.evaluateAll((buttons) =>
      buttons.map((button) => button.getAttribute("aria-label") ?? ""),
    );
    const other = labels.find((label) => !label.endsWith(ASSIGNED));
    if (!other) throw new Error("Maria needs a second recommendation.");
    await coach.getByRole("button", { name: other }).click();
    const dialog = coach.getByRole("dialog");
    await dialog.getByLabel("Reason").fill("We covered this in our coaching cycle.");
    await dialog.getByRole("button", { name: "Set aside", exact: true }).click();
    await coach.getByText(/^Set aside \(\d+\)$/).click();
    await coach.getByText(/Janelle Brooks, .*“We covered this in our coaching cycle\.”/).waitFor();
    expect(await coach.getByRole("button", { name: other }).count()).toBe(0);
    await expectAccessible(coach);
  });

  it("Maria sees it first, marked as assigned by her coach", async () => {
    await teacher.goto("/teacher/recommendations");
    await teacher.getByRole("heading", { level: 1, name: "Recommended for you" }).waitFor();
    const [first] = await listedTitles(teacher, 3);
    expect(first).toBe(ASSIGNED);
    await teacher
      .getByRole("listitem")
      .filter({ hasText: ASSIGNED })
      .getByText("Assigned by Janelle Brooks")
      .waitFor();
  });

  it("her path marks recommended sessions ahead in the stage as open now", async () => {
    await teacher
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "My path" })
      .click();
    await teacher.getByRole("heading", { name: "MicroPD sessions" }).waitFor();
    const marked = teacher
      .getByRole("listitem")
      .filter({ hasText: "Recommended for you · open now" })
      .first();
    await marked.waitFor();
    await marked.getByRole("link").click();
    await teacher.getByRole("button", { name: "Next" }).waitFor();
    await expectAccessible(teacher);
  });
});
