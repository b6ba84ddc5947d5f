import { readFile } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import type { BrowserContext } from "playwright-core";
import { afterAll, expect, it } from "vitest";
import { expectAccessible, openSignedIn } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";

const run = serverAndBrowserPerFile();
let context: BrowserContext | undefined;

afterAll(async () => {
  await context?.close();
});

it("a teacher prepares her record, watches it being built, downloads it and it opens", async () => {
  const opened = await openSignedIn(run.browser, {
    baseUrl: run.server.url,
    app: "teacher",
    email: "teacher@maplevalley.test",
    context: { acceptDownloads: true },
  });
  context = opened.context;
  const { page } = opened;
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "PD hours" })
    .click();
  const section = page.getByRole("heading", { name: "Download my record" });
  await section.waitFor();
  await page.getByRole("button", { name: "Prepare my record" }).click();

  // Progress shows at once; the worker picks the export up in the background.
  await page.getByRole("progressbar", { name: "Preparing your record" }).waitFor();
  const download = page.getByRole("link", { name: /^Download \(\d+(\.\d)? (KB|MB|bytes)\)$/ });
  await download.waitFor({ timeout: 30_000 });
  await page.getByText(/^Prepared /).waitFor();
  await expectAccessible(page);

  const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
  expect(file.suggestedFilename()).toMatch(
    /^throughline-record-maria-delgado-\d{4}-\d{2}-\d{2}\.zip$/,
  );
  const path = await file.path();
  const zip = unzipSync(new Uint8Array(await readFile(path)));
  const text = (name: string) => strFromU8(zip[name] ?? new Uint8Array());
  expect(text("index.html")).toContain("Throughline record of Maria Delgado");
  const micropd = JSON.parse(text("micropd.json")) as {
    stages: { sessions: { reflection: string | null }[] }[];
  };
  const reflections = micropd.stages.flatMap((stage) =>
    stage.sessions.flatMap((session) => (session.reflection ? [session.reflection] : [])),
  );
  expect(reflections.length).toBeGreaterThan(0);
});
