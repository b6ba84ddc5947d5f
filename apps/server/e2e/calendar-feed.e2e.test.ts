import ICAL from "ical.js";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { expectAccessible, signIn } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";

const PASSWORD = "throughline-demo";

const run = serverAndBrowserPerFile();
let context: BrowserContext;

beforeAll(async () => {
  context = await run.browser.newContext({ baseURL: run.server.url });
  // The Copy button writes to the clipboard; the test reads it back.
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: run.server.url });
});

afterAll(async () => {
  await context?.close();
});

function meetingUids(body: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(body));
  return calendar
    .getAllSubcomponents("vevent")
    .map((event) => String(event.getFirstPropertyValue("uid")))
    .filter((uid) => uid.startsWith("meeting-"));
}

it("a teacher sees her meetings, subscribes with a private link, and turns it off", async () => {
  const page: Page = await context.newPage();
  await page.goto("/teacher/");
  await signIn(page, "teacher@maplevalley.test", PASSWORD);
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Meetings" })
    .click();
  await page.getByRole("heading", { level: 1, name: "Meetings" }).waitFor();

  // The team's next support meeting is listed.
  await page.getByText("Planning together: next unit's essential questions").first().waitFor();
  await page.getByRole("button", { name: "Create my calendar link" }).waitFor();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Create my calendar link" }).click();
  const field = page.getByRole("textbox", { name: "Your calendar link" });
  await field.waitFor();
  const url = await field.inputValue();
  expect(url).toMatch(/\/calendar\/[0-9a-f-]{36}\/[A-Za-z0-9_-]{43}\.ics$/);
  expect(url.startsWith(run.server.url)).toBe(true);

  await page.getByRole("button", { name: "Copy" }).click();
  await page.getByText("Link copied.").waitFor();
  await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(url);
  await expectAccessible(page);

  // A calendar app fetches it without signing in: the page's request context is enough here.
  const feed = await page.request.get(url);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const uids = meetingUids(await feed.text());
  expect(uids.length).toBeGreaterThanOrEqual(4);
  expect(uids.every((uid) => uid.endsWith("@throughline"))).toBe(true);

  // Turning it off asks first, then the link stops working.
  await page.getByRole("button", { name: "Turn off the feed" }).click();
  await page.getByText("The link stops working at once").waitFor();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Turn off the feed" }).click();
  await page.getByRole("button", { name: "Create my calendar link" }).waitFor();
  await expect.poll(() => field.count()).toBe(0);
  expect((await page.request.get(url)).status()).toBe(404);
});
