import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { launchChromium, signIn } from "./browser.ts";
import { type RunningServer, removeDataDir, startBuiltServer } from "./running-server.ts";

let browser: Browser;
let server: RunningServer | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) await removeDataDir(server.dataDir);
});

it("keeps data and sessions across a restart of the embedded server", async () => {
  const first = await startBuiltServer();
  server = first;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${first.url}/teacher/`);
  await signIn(page, "teacher@maplevalley.test", "throughline-demo");
  const heading = page.getByRole("heading", { level: 1, name: /welcome/i });
  await heading.waitFor();
  const before = await heading.textContent();
  await first.stop();

  // Same data folder, new process (and a new port: cookies are per host, not per port).
  const second = await startBuiltServer({ dataDir: first.dataDir });
  server = second;
  await page.goto(`${second.url}/teacher/`);
  await heading.waitFor();
  expect(await heading.textContent()).toBe(before);
  await context.close();
  // Two servers start one after the other inside this test, each allowed the 90 s that
  // `startBuiltServer` waits for health (a fresh embedded database is created and seeded first):
  // the default 60 s cut a slow start short on a busy machine before its own error could say why.
}, 200_000);
