import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";

/**
 * From the admin app's Framework page, opens the first stage's first MicroPD session in its
 * editor and types `text` into its summary without saving, until the page says the draft is
 * kept on this device. Answers the summary field.
 */
export async function draftFirstSessionSummary(page: Page, text: string): Promise<Locator> {
  await page.locator('a[href*="/framework/stages/"]').first().click();
  await page.locator('a[href*="/framework/sessions/"]').first().click();
  // The stage page has a Summary field of its own: wait until the session's editor is shown.
  await page.waitForURL(/\/framework\/sessions\//);
  await page.getByRole("heading", { name: "Session details" }).waitFor();
  const summary = page.getByLabel("Summary", { exact: true });
  // The editor fills its fields from the server first; type only once the saved text is in.
  await expect.poll(() => summary.inputValue()).not.toBe("");
  await summary.fill(text);
  await page.getByText("Draft kept on this device").first().waitFor();
  return summary;
}
