import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchChromium, openSignedIn } from "./browser.ts";
import { type RunningServer, removeDataDir, startBuiltServer } from "./running-server.ts";

/** The smallest PDF a reader opens: one empty page. */
const TINY_PDF =
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
const reflection = Array.from({ length: 155 }, (_, index) => `idea${index}`).join(" ");

let server: RunningServer;
let browser: Browser;
let fileDir: string;

beforeAll(async () => {
  server = await startBuiltServer();
  browser = await launchChromium();
  fileDir = await mkdtemp(join(tmpdir(), "throughline-credential-"));
  for (const name of ["plan.pdf", "high.pdf", "middle.pdf", "low.pdf"]) {
    await writeFile(join(fileDir, name), TINY_PDF);
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) await removeDataDir(server.dataDir);
  if (fileDir) await rm(fileDir, { recursive: true, force: true });
});

describe("earning a micro-credential", () => {
  it("Maria gathers evidence, keeps her draft across a reload and submits it", async () => {
    const { context, page } = await openSignedIn(browser, {
      baseUrl: server.url,
      app: "teacher",
      email: "teacher@maplevalley.test",
    });
    try {
      await page
        .getByRole("navigation", { name: "Main" })
        .getByRole("link", { name: "Micro-credentials" })
        .click();
      await page.getByRole("heading", { level: 1, name: "Micro-credentials" }).waitFor();
      await expectAccessible(page);

      await page.getByRole("link", { name: "Learning-Focused Lesson Design" }).click();
      await page.getByRole("table", { name: /rubric/i }).waitFor();
      await expectAccessible(page);

      await page.getByRole("link", { name: "Start a submission" }).click();
      await page.getByRole("button", { name: "Start a submission" }).click();
      const missing = page.locator("#missing-requirements");
      await missing.getByRole("link", { name: /Lesson plan: attach 1 file/ }).waitFor();
      await expect(
        page.getByRole("button", { name: "Submit for review" }).isDisabled(),
      ).resolves.toBe(true);
      await expectAccessible(page);

      async function upload(requirement: string, name: string, annotation: string) {
        await page
          .getByLabel(`Upload a new file for “${requirement}”`)
          .setInputFiles(join(fileDir, name));
        const field = page.getByLabel(new RegExp(`\\(${name.replace(".", "\\.")}\\)$`));
        await field.fill(annotation);
        await field.blur();
      }
      await upload("Lesson plan", "plan.pdf", "The essential question opens the plan.");
      for (const name of ["high.pdf", "middle.pdf", "low.pdf"]) {
        await upload("Samples of student work", name, `What ${name} shows about the standard.`);
      }
      const reflectionField = page.getByLabel(/^Reflection \(at least 150 words\)/);
      await reflectionField.fill(reflection);
      await page.getByText("155 of 150 words — enough").waitFor();
      await page.getByRole("button", { name: "Save draft" }).click();
      await page.getByText(/Draft saved at/).waitFor();

      await page.reload();
      await page.getByText("Every requirement is met").waitFor();
      await expect(page.getByLabel(/\(low\.pdf\)$/).inputValue()).resolves.toBe(
        "What low.pdf shows about the standard.",
      );
      await expect(reflectionField.inputValue()).resolves.toBe(reflection);

      await page.getByRole("button", { name: "Submit for review" }).click();
      await page.getByText("Submitted for review").waitFor();
      await expect(page.getByRole("button", { name: "Save draft" }).count()).resolves.toBe(0);
      await expectAccessible(page);

      await page.goto("/teacher/badges");
      await page.getByRole("heading", { name: "No badges yet" }).waitFor();
      await expectAccessible(page);
    } finally {
      await context.close();
    }
  });
});
