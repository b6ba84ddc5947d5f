import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { startNextMeeting } from "./start-meeting.ts";

/*
 * Two people take notes on the same step of a running meeting: the second save does not
 * overwrite the first; it shows the other text and both end up stored.
 */
const TEXT_A = "Kevin: the anchor chart worked in three rooms.";
const TEXT_B = "Janelle: bring two student samples next time.";

const run = serverAndBrowserPerFile();

async function signedIn(email: string): Promise<Page> {
  const { page } = await run.signedIn("coach", email);
  return page;
}

describe("two people writing the same notes", () => {
  it("keeps both texts", async () => {
    // The teacher leader facilitates the Grades 3–5 Team; a second coach screen is the demo coach
    // when she may run it, otherwise the leader again on another computer.
    const a = await signedIn("leader@maplevalley.test");
    const meetingId = await startNextMeeting(a, run.server.url, "Grades 3–5 Team");

    let b = await signedIn("coach@maplevalley.test");
    await b.goto(`/coach/meetings/${meetingId}`);
    const forbidden = await b
      .getByText("This meeting could not be opened")
      .waitFor({ timeout: 3000 })
      .then(() => true)
      .catch(() => false);
    if (forbidden) {
      b = await signedIn("leader@maplevalley.test");
      await b.goto(`/coach/meetings/${meetingId}`);
    }
    await b.getByRole("timer").waitFor();

    // Both type before either autosave goes out: A's goes first, B's meets the version check.
    await a.getByLabel(/^Notes on /).fill(TEXT_A);
    await b.getByLabel(/^Notes on /).fill(TEXT_B);
    await a
      .getByRole("status")
      .filter({ hasText: /Saved \d{1,2}:\d{2}/ })
      .waitFor();

    await b.getByText(/saved these notes while you were writing/).waitFor();
    await expect(b.getByLabel("Their text").inputValue()).resolves.toBe(TEXT_A);
    await expect(b.getByLabel(/^Notes on /).inputValue()).resolves.toBe(TEXT_B);
    await expectAccessible(b);
    await b.getByRole("button", { name: "Put both together" }).click();
    await b
      .getByRole("status")
      .filter({ hasText: /Saved \d{1,2}:\d{2}/ })
      .waitFor();

    await a.reload();
    const stored = await a.getByLabel(/^Notes on /).inputValue();
    expect(stored).toContain(TEXT_A);
    expect(stored).toContain(TEXT_B);
  });
});
