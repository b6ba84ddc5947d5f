import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, openSignedIn } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";

const phone = { width: 390, height: 844 };
/** A 1×1 PNG, the kind of file a phone camera hands the page (only much smaller). */
const TINY_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

const run = serverAndBrowserPerFile();
let photoDir: string;
let photoPath: string;

beforeAll(async () => {
  photoDir = await mkdtemp(join(tmpdir(), "throughline-photo-"));
  photoPath = join(photoDir, "board.png");
  await writeFile(photoPath, TINY_PNG);
});

afterAll(async () => {
  if (photoDir) await rm(photoDir, { recursive: true, force: true });
});

async function signedIn(app: "teacher" | "coach", email: string) {
  const signedIn = await openSignedIn(run.browser, {
    baseUrl: run.server.url,
    app,
    email,
    context: { viewport: phone },
  });
  run.keep(signedIn.context);
  return signedIn;
}

/** Whether an image on the page loaded (the server answered with its bytes). */
async function loaded(page: Page, alt: RegExp): Promise<boolean> {
  return page.getByRole("img", { name: alt }).evaluate((image) => {
    const element = image as HTMLImageElement;
    return element.complete && element.naturalWidth > 0;
  });
}

let coach: Page;
let coachContext: BrowserContext;
let observationId: string;

describe("a coach adds a photo to an observation on a phone", () => {
  it("starts an observation from the Observations page", async () => {
    ({ context: coachContext, page: coach } = await signedIn("coach", "coach@maplevalley.test"));
    await coach
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Observations" })
      .click();
    await coach.getByRole("heading", { level: 1, name: "Observations" }).waitFor();
    await coach.getByLabel("Teacher to observe").selectOption({ label: "Maria Delgado" });
    await coach.getByRole("button", { name: "New observation" }).click();
    await coach.getByRole("heading", { level: 1, name: "Observe Maria Delgado" }).waitFor();
    await coach.getByRole("checkbox", { name: /1\.2 Uses an essential question/ }).check();
    await coach.getByRole("button", { name: "Start observing" }).click();
    await coach.getByRole("heading", { level: 1, name: "Maria Delgado", exact: true }).waitFor();
  });

  it("says a photo waits for a connection when offline", async () => {
    await coachContext.setOffline(true);
    await coach.getByText("Photos can be added when you are back online.").waitFor();
    await coachContext.setOffline(false);
    await coach.getByLabel("Add a photo").waitFor({ state: "attached" });
  });

  it("adds a photo, shown as a thumbnail with its time", async () => {
    await coach.getByLabel("Add a photo").setInputFiles(photoPath);
    await coach.getByRole("img", { name: /^Photo 1 of the lesson, \d{1,2}:\d{2}/ }).waitFor();
    await expect.poll(() => loaded(coach, /^Photo 1 of the lesson/)).toBe(true);
    await coach.getByRole("radio", { name: "Developing" }).check();
    await coach
      .getByRole("status")
      .filter({ hasText: /Saved \d{1,2}:\d{2}/ })
      .waitFor();
    await expectAccessible(coach);
  });

  it("publishes, and the Observations page lists it", async () => {
    await coach.getByRole("button", { name: "Publish to Maria Delgado" }).click();
    await coach.getByRole("button", { name: "Yes, publish" }).click();
    await coach
      .getByRole("heading", { level: 1, name: "Coaching observation of Maria Delgado" })
      .waitFor();
    observationId = new URL(coach.url()).pathname.split("/").pop() ?? "";
    await coach.getByRole("img", { name: /^Photo 1 of the lesson/ }).waitFor();

    await coach.goto("/coach/observations");
    const published = coach.getByRole("region", { name: /^Published/ });
    await published.getByRole("link", { name: "Maria Delgado" }).first().waitFor();
    await expect
      .poll(() => published.locator(`a[href="/coach/observations/${observationId}"]`).count())
      .toBe(1);
    await expectAccessible(coach);
  });
});

describe("the teacher sees the photo", () => {
  it("Maria opens the published observation and the photo loads", async () => {
    const { page: teacher } = await signedIn("teacher", "teacher@maplevalley.test");
    await teacher.goto(`/teacher/observations/${observationId}`);
    await teacher.getByRole("heading", { level: 2, name: "Photos" }).waitFor();
    await expect.poll(() => loaded(teacher, /^Photo 1 of the lesson/)).toBe(true);
    await expectAccessible(teacher);
  });
});
