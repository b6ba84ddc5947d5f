import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, signIn } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { screenshotAtBothWidths } from "./screenshots.ts";

/* Issue 15: from an empty database to a first district and its admin's Getting started page. */

const run = serverAndBrowserPerFile({ env: { SEED_DEMO_DATA: "false" } });
let context: BrowserContext;
let page: Page;
let setupLink: string;

const admin = {
  name: "Ana Ruiz",
  email: "ana.ruiz@riverside.example",
  password: "rivers run to the sea",
};

/** With SCREENSHOT_DIR set, each page is kept at desktop and phone width for a person to look at. */
const screenshots = (name: string) =>
  screenshotAtBothWidths(page, name, {
    folder: process.env.SCREENSHOT_DIR,
    viewport: { width: 1280, height: 900 },
  });

beforeAll(async () => {
  context = await run.browser.newContext({ baseURL: run.server.url });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
});

describe("first run", () => {
  it("an empty installation logs one set-up link", () => {
    const links =
      run.server.output().match(/http:\/\/localhost:\d+\/setup\/[A-Za-z0-9_-]{43}/g) ?? [];
    expect(new Set(links).size).toBe(1);
    setupLink = links[0] ?? "";
  });

  it("the set-up page names a wrong field beside it, then creates the district and its admin", async () => {
    await page.goto(setupLink);
    await page.getByRole("heading", { level: 1, name: "Set up Throughline" }).waitFor();
    await expectAccessible(page);
    await screenshots("setup");

    await page.getByLabel("District name").fill("Riverside Unified");
    // The short name follows the district's name until it is edited by hand.
    await expect(page.getByLabel("Short name for web addresses").inputValue()).resolves.toBe(
      "riverside-unified",
    );
    await page.getByLabel("Short name for web addresses").fill("Riverside!");
    await page.getByLabel("Time zone").selectOption("America/Denver");
    await page.getByLabel("The school year starts in").selectOption({ label: "July" });
    await page.getByLabel("Your name").fill(admin.name);
    await page.getByLabel("Your work email").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Set up Throughline" }).click();

    const slug = page.getByLabel("Short name for web addresses");
    await page.getByText("Use lowercase letters, numbers and single hyphens").waitFor();
    await expect(slug.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(slug.evaluate((element) => element === document.activeElement)).resolves.toBe(
      true,
    );
    await expect(page.getByLabel("District name").inputValue()).resolves.toBe("Riverside Unified");
    await expect(page.getByLabel("Time zone").inputValue()).resolves.toBe("America/Denver");
    await expect(page.getByLabel("Password").inputValue()).resolves.toBe("");
    await expectAccessible(page);
    await screenshots("setup-refused");

    // By keyboard: the slug field has focus; type, move to the password, submit with Enter.
    await page.keyboard.press("Control+A");
    await page.keyboard.type("riverside");
    await page.getByLabel("Password").fill(admin.password);
    await page.getByLabel("Password").press("Enter");
    await page.getByRole("heading", { level: 1, name: "Throughline is set up" }).waitFor();
    await expectAccessible(page);
  });

  it("the new admin signs in and finds every Getting started step open", async () => {
    await page.getByRole("link", { name: "Sign in to the admin app" }).click();
    await signIn(page, admin.email, admin.password);
    await page.getByRole("navigation", { name: "Main" }).waitFor();
    // The home page leads with what is left to set up.
    await page.getByRole("heading", { level: 2, name: "Getting started" }).waitFor();
    await page.getByText("0 of 6 done").waitFor();
    await screenshots("home");

    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Getting started" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Getting started" }).waitFor();
    const steps = page
      .getByRole("main")
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { level: 2 }) });
    await expect.poll(() => steps.count()).toBe(6);
    await expect.poll(() => steps.filter({ hasText: "To do" }).count()).toBe(6);
    await page.getByRole("link", { name: "Set up single sign-on" }).waitFor();
    await expectAccessible(page);
    await screenshots("getting-started");

    await page.getByRole("button", { name: "Mark the framework as reviewed" }).click();
    await steps.filter({ hasText: "Review the framework" }).getByText("Done").waitFor();
    await page.getByText("1 of 6 done").waitFor();
  });

  it("the set-up link now says Throughline is already set up", async () => {
    const response = await page.goto(setupLink);
    expect(response?.status()).toBe(404);
    await page.getByRole("heading", { level: 1, name: "Throughline is already set up" }).waitFor();
  });
});
