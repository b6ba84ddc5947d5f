import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, openSignedIn } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { queryAsPage } from "./trpc-over-http.ts";

const LESSON_DESIGN = "Learning-Focused Lesson Design";
const MARIA = "Maria Delgado";
/** The smallest PDF a reader opens: one empty page. */
const TINY_PDF =
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
const reflection = Array.from({ length: 155 }, (_, index) => `idea${index}`).join(" ");
const FEEDBACK = "Say what the exit tickets showed about who reached the standard, and what next.";
const REVISED_OPENING = "The exit tickets showed that 18 of 24 students reached the standard.";
const revisedReflection = `${REVISED_OPENING} ${reflection}`;
const REVOKE_REASON = "Awarded on evidence from another teacher's classroom.";

const run = serverAndBrowserPerFile();
let fileDir: string;
/** One page per person, signed in once and reused across the journey. */
let maria: Page;
let leah: Page;
/** Anyone on the web: no session at all. */
let visitor: Page;
let shareUrl = "";

beforeAll(async () => {
  fileDir = await mkdtemp(join(tmpdir(), "throughline-credential-"));
  for (const name of ["plan.pdf", "high.pdf", "middle.pdf", "low.pdf"]) {
    await writeFile(join(fileDir, name), TINY_PDF);
  }
});

afterAll(async () => {
  if (fileDir) await rm(fileDir, { recursive: true, force: true });
});

async function signedIn(app: "teacher" | "coach" | "admin", email: string): Promise<Page> {
  const { context, page } = await openSignedIn(run.browser, {
    baseUrl: run.server.url,
    app,
    email,
  });
  run.keep(context);
  return page;
}

async function openMainNav(page: Page, link: string, heading: string) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: link }).click();
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
}

/** Leah opens Maria's attempt from her queue, found by name and attempt, never by position. */
async function openMariasAttempt(attempt: number) {
  await openMainNav(leah, "Reviews", "Reviews");
  const row = leah
    .getByRole("listitem")
    .filter({ hasText: MARIA })
    .filter({ hasText: LESSON_DESIGN })
    .filter({ hasText: `attempt ${attempt}` });
  await row.getByText(/^Waiting \d+ days?/).waitFor();
  await row.getByRole("link", { name: new RegExp(LESSON_DESIGN) }).click();
  await leah.getByRole("heading", { level: 1, name: `Review: ${LESSON_DESIGN}` }).waitFor();
}

async function score(criterion: string, level: string) {
  await leah
    .getByRole("group", { name: criterion })
    .getByRole("radio", { name: new RegExp(`^${level}`) })
    .check();
}

/** The PD-hours titles the transcript lists for Maria this school year. */
async function transcriptTitles(): Promise<string[]> {
  const transcript = await queryAsPage<{ activities: Array<{ title: string }> }>(
    maria,
    run.server.url,
    "transcript.mine",
  );
  return transcript.activities.map((activity) => activity.title);
}

describe("a micro-credential from first evidence to revocation", () => {
  it("Maria gathers evidence, keeps her draft across a reload and submits it", async () => {
    maria = await signedIn("teacher", "teacher@maplevalley.test");
    await openMainNav(maria, "Micro-credentials", "Micro-credentials");
    await expectAccessible(maria);

    await maria.getByRole("link", { name: LESSON_DESIGN }).click();
    await maria.getByRole("table", { name: /rubric/i }).waitFor();
    await expectAccessible(maria);

    await maria.getByRole("link", { name: "Start a submission" }).click();
    await maria.getByRole("button", { name: "Start a submission" }).click();
    const missing = maria.locator("#missing-requirements");
    await missing.getByRole("link", { name: /Lesson plan: attach 1 file/ }).waitFor();
    await expect(
      maria.getByRole("button", { name: "Submit for review" }).isDisabled(),
    ).resolves.toBe(true);
    await expectAccessible(maria);

    async function upload(requirement: string, name: string, annotation: string) {
      await maria
        .getByLabel(`Upload a new file for “${requirement}”`)
        .setInputFiles(join(fileDir, name));
      const field = maria.getByLabel(new RegExp(`\\(${name.replace(".", "\\.")}\\)$`));
      await field.fill(annotation);
      await field.blur();
    }
    await upload("Lesson plan", "plan.pdf", "The essential question opens the plan.");
    for (const name of ["high.pdf", "middle.pdf", "low.pdf"]) {
      await upload("Samples of student work", name, `What ${name} shows about the standard.`);
    }
    const reflectionField = maria.getByLabel(/^Reflection \(at least 150 words\)/);
    await reflectionField.fill(reflection);
    await maria.getByText("155 of 150 words — enough").waitFor();
    await maria.getByRole("button", { name: "Save draft" }).click();
    await maria.getByText(/Draft saved at/).waitFor();

    await maria.reload();
    await maria.getByText("Every requirement is met").waitFor();
    await expect(maria.getByLabel(/\(low\.pdf\)$/).inputValue()).resolves.toBe(
      "What low.pdf shows about the standard.",
    );
    await expect(reflectionField.inputValue()).resolves.toBe(reflection);

    await maria.getByRole("button", { name: "Submit for review" }).click();
    await maria.getByText("Submitted for review").waitFor();
    await expect.poll(() => maria.getByRole("button", { name: "Save draft" }).count()).toBe(0);
    await expectAccessible(maria);
  });

  it("Leah, a certified reviewer, finds it in her queue and scores it not yet, with feedback", async () => {
    leah = await signedIn("coach", "leah.whitfield@maplevalley.test");
    await openMariasAttempt(1);
    await leah.getByText("The essential question opens the plan.").waitFor();
    await expectAccessible(leah);

    for (const criterion of [
      "Alignment to the standard",
      "Essential question",
      "Summarizing and evidence of learning",
    ]) {
      await score(criterion, "Proficient");
    }
    await score("Reflection on practice", "Developing");
    await leah.getByText("Not yet", { exact: true }).waitFor();
    await leah.getByRole("button", { name: "Submit review" }).click();
    // Under the bar, the teacher must be told what would reach it.
    const feedback = leah.getByRole("textbox", { name: "Feedback on Reflection on practice" });
    await expect.poll(() => feedback.getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(leah);
    await feedback.fill(FEEDBACK);
    await leah.getByRole("button", { name: "Submit review" }).click();
    await leah.getByText(/Outcome: Not yet\. The teacher has been told\./).waitFor();
  });

  it("Maria reads the feedback, without the reviewer's name, and submits attempt 2", async () => {
    // She comes back to the app later: a fresh load, not the page she left open.
    await maria.goto("/teacher/credentials");
    await maria.getByRole("heading", { level: 1, name: "Micro-credentials" }).waitFor();
    const card = maria.getByRole("listitem").filter({ hasText: LESSON_DESIGN });
    await card.getByText("Not yet (attempt 1)", { exact: true }).waitFor();
    await card.getByRole("link", { name: LESSON_DESIGN }).click();
    await maria.getByRole("link", { name: "Open my submission" }).click();

    await maria.getByRole("heading", { name: "Feedback on attempt 1" }).waitFor();
    const row = maria.getByRole("row", { name: /^Reflection on practice/ });
    await row.getByRole("cell", { name: "Developing" }).waitFor();
    await row.getByRole("cell", { name: FEEDBACK }).waitFor();
    await maria.getByText(/^Certified reviewer,/).waitFor();
    await expect.poll(() => maria.getByText(/Leah|Whitfield/).count()).toBe(0);
    await expectAccessible(maria);

    await maria.getByRole("button", { name: "Start attempt 2" }).click();
    await maria.getByRole("heading", { name: "Evidence for attempt 2" }).waitFor();
    // What attempt 1 was told stays in view while attempt 2 is prepared.
    await maria.getByRole("heading", { name: "Feedback on attempt 1" }).waitFor();
    // The first attempt's evidence is copied in: only what the feedback asks changes.
    await expect(maria.getByLabel(/\(low\.pdf\)$/).inputValue()).resolves.toBe(
      "What low.pdf shows about the standard.",
    );
    const reflectionField = maria.getByLabel(/^Reflection \(at least 150 words\)/);
    await expect(reflectionField.inputValue()).resolves.toBe(reflection);
    await reflectionField.fill(revisedReflection);
    await reflectionField.blur();
    await maria.getByRole("button", { name: "Save draft" }).click();
    await maria.getByText(/Draft saved at/).waitFor();
    await maria.getByRole("button", { name: "Submit for review" }).click();
    await maria.getByText("Submitted for review").waitFor();
    const attempts = maria.getByRole("region", { name: "Attempts" }).getByRole("listitem");
    await attempts.filter({ hasText: "Attempt 1" }).getByText("Not yet").waitFor();
  });

  it("Leah reviews attempt 2 at proficient and above: earned", async () => {
    await openMariasAttempt(2);
    await leah.getByText(REVISED_OPENING, { exact: false }).waitFor();
    for (const criterion of [
      "Alignment to the standard",
      "Essential question",
      "Summarizing and evidence of learning",
    ]) {
      await score(criterion, "Proficient");
    }
    await score("Reflection on practice", "Exemplary");
    await leah.getByText("Earned", { exact: true }).waitFor();
    await leah.getByRole("button", { name: "Submit review" }).click();
    await leah.getByText(/Outcome: Earned\. The teacher has been told\./).waitFor();
  });

  it("Maria's badge is shareable and its public page says verified", async () => {
    await maria.reload();
    await maria.getByText(/^Congratulations\./).waitFor();
    await maria.getByRole("link", { name: "My badges" }).click();
    await maria.getByRole("heading", { level: 1, name: "My badges" }).waitFor();
    const card = maria.getByRole("listitem").filter({ hasText: LESSON_DESIGN });
    await card.getByText("Active", { exact: true }).waitFor();
    shareUrl = await card.getByLabel("Share link").inputValue();
    expect(shareUrl).toMatch(new RegExp(`^${run.server.url}/credentials/[^/]+$`));
    await expect(
      card.getByRole("link", { name: "Download badge (JSON)" }).getAttribute("href"),
    ).resolves.toBe(`${shareUrl}.json`);
    const linkedIn = new URL(
      (await card.getByRole("link", { name: /Add to LinkedIn/ }).getAttribute("href")) ?? "",
    );
    expect(`${linkedIn.origin}${linkedIn.pathname}`).toBe("https://www.linkedin.com/profile/add");
    expect(linkedIn.searchParams.get("startTask")).toBe("CERTIFICATION_NAME");
    expect(linkedIn.searchParams.get("name")).toBe(LESSON_DESIGN);
    expect(linkedIn.searchParams.get("certUrl")).toBe(shareUrl);
    await expectAccessible(maria);
    await expect(transcriptTitles()).resolves.toContain(`Micro-credential: ${LESSON_DESIGN}`);

    const anonymous = await run.browser.newContext();
    run.keep(anonymous);
    visitor = await anonymous.newPage();
    await visitor.goto(shareUrl);
    await visitor.getByText("Verified", { exact: true }).waitFor();
    await visitor.getByRole("heading", { level: 1, name: LESSON_DESIGN }).waitFor();
    await visitor.getByText(`Earned by ${MARIA}`).waitFor();
    await visitor.getByRole("link", { name: "Maple Valley Unified" }).waitFor();
    await expectAccessible(visitor);
  });

  it("after Denise revokes it, the public page, My badges and the transcript all say so", async () => {
    const denise = await signedIn("admin", "admin@maplevalley.test");
    await openMainNav(denise, "Micro-credentials", "Micro-credentials");
    const row = denise
      .getByRole("row")
      .filter({ hasText: MARIA })
      .filter({ hasText: LESSON_DESIGN });
    await row.getByRole("button", { name: /^Revoke…/ }).click();
    const dialog = denise.getByRole("dialog", { name: `Revoke ${LESSON_DESIGN}?` });
    await dialog.getByLabel("Reason").fill(REVOKE_REASON);
    await dialog
      .getByText("the badge's public page says only that it was revoked, and when")
      .waitFor();
    await expectAccessible(denise);
    await dialog.getByRole("button", { name: "Revoke the badge" }).click();
    await denise.getByText(`Revoked: ${LESSON_DESIGN} of ${MARIA}.`).waitFor();
    await row.getByText("Revoked", { exact: true }).waitFor();
    await expectAccessible(denise);

    await visitor.reload();
    await visitor.getByText("Revoked", { exact: true }).waitFor();
    // What Denise was told: the public page says when, and keeps the reason to the district.
    await visitor.getByText(/^The issuer revoked this credential on \w+ \d+, \d{4}\.$/).waitFor();
    await expect.poll(() => visitor.getByText(REVOKE_REASON).count()).toBe(0);
    await expectAccessible(visitor);

    await maria.reload();
    const card = maria.getByRole("listitem").filter({ hasText: LESSON_DESIGN });
    await card.getByText("Revoked", { exact: true }).waitFor();
    await card.getByText(REVOKE_REASON).waitFor();
    await card.getByText("Not credited (revoked)").waitFor();
    await expect.poll(() => card.getByRole("link", { name: /Add to LinkedIn/ }).count()).toBe(0);
    await expect.poll(() => card.getByRole("button", { name: /Add to wallet/ }).count()).toBe(0);
    await expect(transcriptTitles()).resolves.not.toContain(`Micro-credential: ${LESSON_DESIGN}`);
  });
});
