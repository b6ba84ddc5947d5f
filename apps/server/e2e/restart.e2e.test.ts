import { expect, it } from "vitest";
import { signIn } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";

const run = serverAndBrowserPerFile();

it("keeps data and sessions across a restart of the embedded server", async () => {
  const first = run.server;
  const context = await run.newContext();
  const page = await context.newPage();
  await page.goto(`${first.url}/teacher/`);
  await signIn(page, "teacher@maplevalley.test", "throughline-demo");
  const heading = page.getByRole("heading", { level: 1, name: /welcome/i });
  await heading.waitFor();
  const before = await heading.textContent();

  // Same data folder, new process (and a new port: cookies are per host, not per port).
  const second = await run.restartServer();
  expect(second.dataDir).toBe(first.dataDir);
  await page.goto(`${second.url}/teacher/`);
  await heading.waitFor();
  expect(await heading.textContent()).toBe(before);
  // The second server starts inside this test, allowed the 90 s that `startBuiltServer` waits
  // for health (its embedded database is opened first): the default 60 s cut a slow start short
  // on a busy machine before its own error could say why.
}, 200_000);
