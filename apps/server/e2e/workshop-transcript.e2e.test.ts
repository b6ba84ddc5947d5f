import { readFile } from "node:fs/promises";
import type { RouterOutputs } from "@throughline/api/types";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { expectAccessible, signIn } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { queryAsPage } from "./trpc-over-http.ts";

const PASSWORD = "throughline-demo";

const run = serverAndBrowserPerFile();

async function newPage(): Promise<Page> {
  const context = await run.newContext({ acceptDownloads: true });
  run.keep(context);
  return context.newPage();
}

/** A query with input, through the page's cookies (superjson wraps the input in `json`). */
function withInput(path: string, input: unknown): string {
  return `${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
}

it("a coach marks workshop attendance; the teacher sees it on their path and in their PD hours", async () => {
  // The coach opens the Stage 1 cohort from the Cohorts page.
  const coach = await newPage();
  await coach.goto("/coach/");
  await signIn(coach, "coach@maplevalley.test", PASSWORD);
  await coach.getByRole("heading", { level: 1, name: "My caseload" }).waitFor();
  await coach
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Cohorts" })
    .click();
  await coach.getByRole("heading", { level: 1, name: "Cohorts" }).waitFor();
  await expectAccessible(coach);

  await coach.getByRole("link", { name: /Maple Valley Elementary · Stage 1/ }).click();
  await coach
    .getByRole("heading", { level: 1, name: /Maple Valley Elementary · Stage 1/ })
    .waitFor();
  await coach.getByRole("heading", { name: "Workshop attendance" }).waitFor();
  await expectAccessible(coach);

  const cohortId = coach.url().split("/cohorts/")[1] ?? "";
  const cohort = await queryAsPage<RouterOutputs["workshop"]["forCohort"]>(
    coach,
    run.server.url,
    withInput("workshop.forCohort", { cohortId }),
  );
  const teacher = cohort.roster.find(
    (row) => !row.workshopAttended && row.status === "not_started",
  );
  if (!teacher) throw new Error("The demo cohort has a teacher who has not started.");

  // Ticking the box saves it at once, and says so.
  const box = coach.getByRole("checkbox", { name: teacher.displayName });
  await expect(box.isChecked()).resolves.toBe(false);
  await box.check();
  await coach
    .getByRole("listitem")
    .filter({ has: box })
    .getByText("Saved", { exact: true })
    .waitFor();
  await expect(box.isChecked()).resolves.toBe(true);
  await coach.reload();
  await expect(
    coach.getByRole("checkbox", { name: teacher.displayName }).isChecked(),
  ).resolves.toBe(true);

  // The teacher's home shows the workshop attended, with where it was.
  const page = await newPage();
  await page.goto("/teacher/");
  await signIn(page, teacher.email, PASSWORD);
  await page.getByRole("heading", { level: 1, name: /welcome/i }).waitFor();
  // Her other program's workshop may be listed too: the location below names this one.
  await page.getByText("Introductory workshop attended").first().waitFor();
  if (cohort.workshop.location) await page.getByText(cohort.workshop.location).waitFor();
  await expectAccessible(page);

  // Their PD hours count the workshop's minutes.
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "PD hours" })
    .click();
  await page.getByRole("heading", { level: 1, name: "PD hours" }).waitFor();
  const transcript = await queryAsPage<RouterOutputs["transcript"]["mine"]>(
    page,
    run.server.url,
    "transcript.mine",
  );
  // This workshop is a line of its own; a workshop of her other program may be there too.
  const workshopLines = transcript.activities.filter((line) => line.kind === "workshop");
  expect(
    workshopLines.some(
      (line) => /Stage 1 workshop/.test(line.title) && line.minutes === cohort.workshop.minutes,
    ),
  ).toBe(true);
  const workshopMinutes = workshopLines.reduce((sum, line) => sum + line.minutes, 0);
  expect(transcript.totals.byKind.workshop.minutes).toBe(workshopMinutes);
  const workshops = page.getByRole("term").filter({ hasText: "Workshops" }).locator("..");
  await expect(workshops.textContent()).resolves.toContain(`${workshopMinutes} min`);
  const table = page.getByRole("table");
  await table
    .getByRole("cell", { name: /Stage 1 workshop/ })
    .first()
    .waitFor();
  await expect(table.locator("tfoot").textContent()).resolves.toContain(
    String(transcript.totals.total.minutes),
  );
  await expectAccessible(page);

  // The CSV download carries the same rows and totals.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`pd-hours-${transcript.schoolYear}.csv`);
  const csv = await readFile(await download.path(), "utf8");
  const lines = csv
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\n");
  expect(lines[0]).toBe("Date (America/Chicago),Activity,Title,Provider,Minutes,Hours");
  expect(
    lines.some(
      (line) => line.includes(",Workshop,") && line.includes(`,${cohort.workshop.minutes},`),
    ),
  ).toBe(true);
  expect(lines.at(-1)).toBe(
    `,Total,PD hours ${transcript.schoolYear},,${transcript.totals.total.minutes},${transcript.totals.total.hours.toFixed(1)}`,
  );
});
