import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { pdfText } from "../src/pdf/pdf-text.ts";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { screenshotAtBothWidths } from "./screenshots.ts";

/*
 * Credit for PD taken elsewhere, end to end: the demo teacher asks for credit with a
 * certificate, the principal returns it with a reason, the teacher corrects it and sends it
 * again, the principal approves it, and the hours show on the transcript (as External, with
 * the provider, in the totals) and in its PDF.
 */

const run = serverAndBrowserPerFile();
const shots = process.env.EXTERNAL_PD_SCREENSHOTS;

const TEACHER = "teacher@maplevalley.test";
const PRINCIPAL = "principal@maplevalley.test";
const TITLE = "IB Category 2 Workshop: Approaches to Learning";
const PROVIDER = "International Baccalaureate";
const REASON = "The certificate shows 6 hours, not 7.";

/** A small real PDF, as a certificate scan would be. */
const certificate = {
  name: "ib-certificate.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
};

async function openFromNav(page: Page, link: string, heading: string): Promise<void> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: link }).click();
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
}

/** The teacher's PD credit list, reached from the PD hours page. */
async function openMyRequests(page: Page): Promise<void> {
  await openFromNav(page, "PD hours", "PD hours");
  await page.getByRole("link", { name: "Request credit for PD taken elsewhere" }).click();
  await page.getByRole("heading", { level: 1, name: "PD credit" }).waitFor();
}

async function openQueue(page: Page): Promise<void> {
  await openFromNav(page, "External PD", "External PD");
}

it("a teacher's request is returned, corrected, approved and counted on the transcript and its PDF", async () => {
  const teacher = (await run.signedIn("teacher", TEACHER, { acceptDownloads: true })).page;
  const principal = (await run.signedIn("admin", PRINCIPAL)).page;

  // The teacher asks for credit; a file that is not a certificate is refused beside the field.
  await openMyRequests(teacher);
  await expectAccessible(teacher);
  await teacher.getByRole("link", { name: "Request credit" }).click();
  await teacher.getByRole("heading", { level: 1, name: "Request credit" }).waitFor();
  await teacher.getByLabel("Title").fill(TITLE);
  await teacher.getByLabel("Provider").fill(PROVIDER);
  await teacher.getByLabel("Kind").selectOption("workshop");
  await teacher.getByLabel("Start date").fill("2026-10-01");
  await teacher.getByLabel("End date").fill("2026-10-03");
  await teacher.getByLabel("Hours").fill("7");
  await teacher.getByLabel("Certificate").setInputFiles({
    name: "notes.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("not a certificate"),
  });
  await teacher.getByText("A certificate must be a PDF, PNG or JPEG file.").waitFor();
  await expectAccessible(teacher);
  await screenshotAtBothWidths(teacher, "external-pd-form", { folder: shots });
  await teacher.getByLabel("Certificate").setInputFiles(certificate);
  await teacher.getByRole("button", { name: "Send for review" }).click();
  await teacher.getByRole("heading", { level: 1, name: "PD credit" }).waitFor();
  await teacher.getByText(`“${TITLE}” was sent for review.`).waitFor();
  const mine = teacher.getByRole("listitem").filter({ hasText: TITLE });
  await mine.getByText("Waiting for review").waitFor();
  await mine.getByRole("link", { name: `Certificate: ${certificate.name}` }).waitFor();
  await expectAccessible(teacher);

  // The principal reads the certificate and returns the request with a reason.
  await openQueue(principal);
  const queued = principal.getByRole("listitem").filter({ hasText: TITLE });
  await queued.getByText("7.0 hours").waitFor();
  const certificateHref = await queued
    .getByRole("link", { name: /View certificate/ })
    .getAttribute("href");
  const opened = await principal.request.get(certificateHref ?? "");
  expect(opened.status()).toBe(200);
  expect(opened.headers()["content-type"]).toBe("application/pdf");
  await expectAccessible(principal);
  await screenshotAtBothWidths(principal, "external-pd-queue", { folder: shots });
  await queued.getByRole("button", { name: /^Return/ }).click();
  const dialog = principal.getByRole("dialog");
  await dialog.getByRole("button", { name: "Return the request" }).click();
  await dialog.getByText("Say what the teacher should change").waitFor();
  await expectAccessible(principal);
  await dialog.getByLabel("Reason").fill(REASON);
  await dialog.getByRole("button", { name: "Return the request" }).click();
  await dialog.waitFor({ state: "hidden" });
  await principal.getByRole("listitem").filter({ hasText: TITLE }).waitFor({ state: "detached" });

  // The teacher reads the reason, corrects the hours and sends it again.
  await teacher.reload();
  await mine.getByText("Returned", { exact: true }).waitFor();
  await mine.getByText(REASON).waitFor();
  await mine.getByRole("link", { name: /Edit and send again/ }).click();
  await teacher.getByRole("heading", { level: 1, name: "Edit request" }).waitFor();
  await teacher.getByText(REASON).waitFor();
  await teacher.getByLabel("Hours").fill("6");
  await expectAccessible(teacher);
  await teacher.getByRole("button", { name: "Save and send for review" }).click();
  await teacher.getByRole("heading", { level: 1, name: "PD credit" }).waitFor();
  await mine.getByText("Waiting for review").waitFor();
  await screenshotAtBothWidths(teacher, "external-pd-requests", { folder: shots });

  // The principal approves it.
  await principal.reload();
  await principal.getByRole("listitem").filter({ hasText: TITLE }).getByText("6.0 hours").waitFor();
  await principal
    .getByRole("listitem")
    .filter({ hasText: TITLE })
    .getByRole("button", { name: /^Approve/ })
    .click();
  await principal.getByRole("listitem").filter({ hasText: TITLE }).waitFor({ state: "detached" });
  // The choice is the address's `?show=`: it reads as checked once the address has changed.
  await principal.getByRole("radio", { name: "Approved" }).click();
  await principal.getByRole("radio", { name: "Approved", checked: true }).waitFor();
  await principal.getByRole("listitem").filter({ hasText: TITLE }).getByText("Approved").waitFor();

  // The transcript lists it as External with its provider, and counts its hours.
  await openFromNav(teacher, "PD hours", "PD hours");
  const row = teacher.getByRole("row").filter({ hasText: TITLE });
  await row.getByText(PROVIDER).waitFor();
  await row.getByRole("cell", { name: "External", exact: true }).waitFor();
  const external = teacher.getByRole("term").filter({ hasText: "External PD" }).locator("..");
  await expect(external.textContent()).resolves.toContain("6.0");
  await expect(external.textContent()).resolves.toContain("360 min");
  await expectAccessible(teacher);
  await screenshotAtBothWidths(teacher, "external-pd-transcript", { folder: shots });

  // The PDF downloads with the activity and the totals.
  const [download] = await Promise.all([
    teacher.waitForEvent("download"),
    teacher.getByRole("link", { name: "Download PDF" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^pd-transcript-.+\.pdf$/);
  const bytes = await readFile(await download.path());
  const text = pdfText(bytes);
  expect(text).toContain("Professional Development Transcript");
  expect(text).toContain("District: Maple Valley Unified");
  expect(text).toContain(`${TITLE} — ${PROVIDER} (Workshop)`);
  expect(text).toContain("Oct 1, 2026 – Oct 3, 2026");
  expect(text).toMatch(/External PD \(approved\) 6\.0/);
  const href = await teacher.getByRole("link", { name: "Download PDF" }).getAttribute("href");
  const answer = await teacher.request.get(href ?? "");
  expect(answer.headers()["content-type"]).toBe("application/pdf");
});

it("a teacher who finished a stage's MicroPD sessions downloads its certificate from PD hours", async () => {
  // Alicia Monroe finished every MicroPD session of Stage 2 in the demo.
  const teacher = (
    await run.signedIn("teacher", "alicia.monroe@maplevalley.test", { acceptDownloads: true })
  ).page;
  await openFromNav(teacher, "PD hours", "PD hours");
  const certificates = teacher.getByRole("region", { name: "Certificates" });
  const course = certificates
    .getByRole("listitem")
    .filter({ hasText: /MicroPD sessions of Stage 2/ });
  await course.getByText("MicroPD course").waitFor();
  await expectAccessible(teacher);
  await screenshotAtBothWidths(teacher, "external-pd-certificates", { folder: shots });
  const [download] = await Promise.all([
    teacher.waitForEvent("download"),
    course.getByRole("link", { name: /Certificate \(PDF\)/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^certificate-.+\.pdf$/);
  const text = pdfText(await readFile(await download.path()));
  expect(text).toContain("Certificate of Completion");
  expect(text).toContain("Alicia Monroe");
  expect(text).toContain("of Maple Valley Unified");
  expect(text.replace(/\s+/g, "")).toContain("MicroPDsessionsofStage2");
  expect(text).toMatch(/Professional development hours: \d+\.\d/);
});
