import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { screenshotAtBothWidths } from "./screenshots.ts";

/*
 * Issue 21: the shared library holds programs and micro-credentials too. Maple Valley shares a
 * program from the library page and a micro-credential from its page ("Share to library");
 * Cedar Ridge previews both, imports a copy of each and finds them as its own: a new program
 * with its stages, and an archived micro-credential to review before offering it.
 */

const run = serverAndBrowserPerFile();
const folder = process.env.SCREENSHOT_DIR;

describe("programs and micro-credentials shared between districts", () => {
  it("Maple Valley shares a program and a micro-credential; Cedar Ridge imports both", async () => {
    const { page: maple } = await run.signedIn("admin", "admin@maplevalley.test");
    await maple.goto("/admin/library");
    await maple.getByRole("heading", { level: 1, name: "Shared library" }).waitFor();
    await maple.getByLabel("What to share").selectOption("program");
    const programSelect = maple.getByLabel("Program", { exact: true });
    const program = ((await programSelect.locator("option").first().textContent()) ?? "").trim();
    await maple.getByLabel("License").selectOption("CC BY-SA 4.0");
    await maple.getByLabel("Attribution").fill("Maple Valley instructional coaches");
    await maple.getByRole("button", { name: "Share the program" }).click();
    await maple.getByText("Shared as version 1").waitFor();

    // The micro-credential is shared from its own page.
    await maple.goto("/admin/credentials");
    const credentialLink = maple.getByRole("table").getByRole("link").first();
    const credential = ((await credentialLink.textContent()) ?? "").trim();
    await credentialLink.click();
    await maple.getByRole("heading", { level: 1, name: credential }).waitFor();
    await screenshotAtBothWidths(maple, "credential-share-to-library", { folder });
    await maple.getByRole("link", { name: "Share to library" }).click();
    await maple.getByRole("heading", { level: 1, name: "Shared library" }).waitFor();
    expect(await maple.getByLabel("What to share").inputValue()).toBe("credential");
    await maple.getByRole("button", { name: "Share the micro-credential" }).click();
    await maple.getByText("Shared as version 1").waitFor();
    await expectAccessible(maple);

    const { page: cedar } = await run.signedIn("admin", "admin@cedarridge.test");
    const programHeadings = async () => {
      await cedar.goto("/admin/framework");
      // Each program is a section with its title as a heading: wait until they are listed.
      await cedar.getByRole("heading", { level: 2 }).first().waitFor();
      const heading = cedar.getByRole("heading", { level: 2, name: new RegExp(program) });
      return heading.count();
    };
    const programsBefore = await programHeadings();
    await cedar.goto("/admin/library");
    await cedar.getByLabel("Show").selectOption("program");
    const programRow = cedar.getByRole("row", { name: new RegExp(program.slice(0, 20)) });
    await programRow.getByRole("cell", { name: "Program", exact: true }).waitFor();
    await expect(cedar.getByRole("cell", { name: "Micro-credential" }).count()).resolves.toBe(0);
    await programRow.getByRole("button", { name: /Preview/ }).click();
    await cedar.getByRole("list", { name: "Stages" }).waitFor();
    await cedar.getByText(/The copy is a new program of yours/).waitFor();
    await screenshotAtBothWidths(cedar, "shared-library-program-preview", { folder });
    await expectAccessible(cedar);
    await cedar.getByRole("button", { name: "Import a copy" }).click();
    await cedar.getByText("Program imported").waitFor();

    await cedar.getByLabel("Show").selectOption("credential");
    const credentialRow = cedar.getByRole("row", { name: new RegExp(credential.slice(0, 20)) });
    await credentialRow.getByRole("button", { name: /Preview/ }).click();
    await cedar.getByText("Rubric", { exact: false }).first().waitFor();
    await screenshotAtBothWidths(cedar, "shared-library-credential-preview", { folder });
    await expectAccessible(cedar);
    await cedar.getByRole("button", { name: "Import a copy" }).click();
    await cedar.getByText("Micro-credential imported").waitFor();
    await cedar.getByRole("link", { name: "Open the copy" }).click();
    await cedar.getByRole("heading", { level: 1, name: credential }).waitFor();
    await cedar.getByText("Archived", { exact: true }).waitFor();

    // The imported program is Cedar Ridge's, on its framework page.
    expect(await programHeadings()).toBe(programsBefore + 1);
  });
});
