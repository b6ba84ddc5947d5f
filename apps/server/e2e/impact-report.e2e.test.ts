import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { screenshotAtBothWidths } from "./screenshots.ts";

/* Issue 20: a principal reads the PD impact report, filters it and downloads a CSV that agrees. */

const run = serverAndBrowserPerFile();
const shots = process.env.IMPACT_SCREENSHOTS;
/** The observed levels' section names its sources: evaluation data only, never coaching. */
const observedTitle = "Observed level change (walkthroughs and evaluation ratings)";
const observedByGroupCaption = new RegExp(
  `^${observedTitle.replace(/[()]/g, "\\$&")}: .+ by school$`,
);

/** The headline figures as the page shows them, by label. */
async function pageTotals(page: Page): Promise<Record<string, string>> {
  const cells = page.locator("[data-total]");
  await cells.first().waitFor();
  const totals: Record<string, string> = {};
  for (const cell of await cells.all()) {
    totals[(await cell.getAttribute("data-total")) ?? ""] = (
      (await cell.textContent()) ?? ""
    ).trim();
  }
  return totals;
}

describe("PD impact report", () => {
  let principal: Page;

  it("a principal opens the report and filters it by school and stage", async () => {
    ({ page: principal } = await run.signedIn("admin", "principal@maplevalley.test"));
    await principal
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "PD impact" })
      .click();
    await principal.getByRole("heading", { level: 1, name: "PD impact report" }).waitFor();
    await principal.getByRole("heading", { name: "Participation" }).waitFor();
    // "Completed the stage" is bounded by the period: the page says so.
    await principal
      .getByText(/those who completed their stage from \d{4}-\d{2}-\d{2} to/)
      .waitFor();
    await expectAccessible(principal);

    await principal
      .getByRole("combobox", { name: "School" })
      .selectOption({ label: "Maple Valley Elementary" });
    await principal.waitForURL(/school=/);
    await principal.getByRole("combobox", { name: "Stage" }).selectOption({ index: 1 });
    await principal.waitForURL(/stage=/);
    await principal
      .getByRole("combobox", { name: "Break down by" })
      .selectOption({ label: "Stage" });
    await principal.waitForURL(/by=stage/);
    await principal
      .getByRole("region", { name: "Participation by group" })
      .getByRole("rowheader", { name: /^Stage 1: / })
      .waitFor();
    // Maple Valley Elementary's stage 1 cohort: ten teachers enrolled in the seed.
    await expect.poll(async () => (await pageTotals(principal))["Teachers enrolled"]).toBe("10");
    await principal.getByRole("heading", { name: observedTitle }).waitFor();
    await principal
      .getByText(/from published walkthroughs and imported evaluation ratings/)
      .waitFor();
    await principal.getByRole("heading", { name: "Session feedback" }).waitFor();
    await principal.getByRole("heading", { name: "Team goals on student learning" }).waitFor();
    await expectAccessible(principal);
    await screenshotAtBothWidths(principal, "impact-report", { folder: shots });
  });

  it("downloads a CSV whose totals match the page", async () => {
    const totals = await pageTotals(principal);
    const downloaded = principal.waitForEvent("download");
    await principal.getByRole("button", { name: "Download CSV" }).click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toMatch(
      /^pd-impact-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const lines = (await readFile(await download.path(), "utf8"))
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    const total = lines.find((line) => line.startsWith("Total (each teacher once)"))?.split(",");
    expect(total).toEqual([
      "Total (each teacher once)",
      totals["Teachers enrolled"],
      totals["Active in the last 30 days"],
      totals["Completed the stage"],
      totals["PD hours"],
      expect.stringMatching(/^\d+\.\d$/),
    ]);
    expect(lines.some((line) => line.startsWith("Stage 1: "))).toBe(true);
  });

  it("splits the observed level change by school, and the CSV carries the same rows", async () => {
    await principal
      .getByRole("combobox", { name: "Break down by" })
      .selectOption({ label: "School" });
    await principal.waitForURL(/by=school/);
    // The seed's walkthroughs and imported evaluation ratings rate Maple Valley Elementary
    // teachers on two days or more.
    const table = principal.getByRole("region", { name: observedByGroupCaption }).first();
    const schoolRow = table.getByRole("row", { name: /^Maple Valley Elementary/ });
    await schoolRow.waitFor();
    const cellsOf = async (row: typeof schoolRow) =>
      (await row.getByRole("cell").allTextContents()).map((text) => text.trim());
    const schoolCells = await cellsOf(schoolRow);
    expect(schoolCells[0]).toMatch(/^\d+$/);
    // One school chosen: its row is the whole selection's, the table's last row.
    expect(await cellsOf(table.getByRole("row", { name: /^All teachers/ }))).toEqual(schoolCells);
    const indicator = ((await table.getAttribute("aria-label")) ?? "")
      .replace(`${observedTitle}: `, "")
      .replace(/ by school$/, "");
    await screenshotAtBothWidths(principal, "impact-by-school", { folder: shots });

    const downloaded = principal.waitForEvent("download");
    await principal.getByRole("button", { name: "Download CSV" }).click();
    const lines = (await readFile(await (await downloaded).path(), "utf8")).split(/\r?\n/);
    // The same figures as numbers (the page writes a rise "+0.5", the CSV 0.5).
    const asNumbers = (cells: readonly string[]) => cells.map(Number);
    const quoted = (text: string) => (text.includes(",") ? `"${text}"` : text);
    const csvRow = (label: string) =>
      lines
        .find((line) => line.startsWith(`${quoted(indicator)},${label},`))
        ?.slice(quoted(indicator).length + label.length + 2)
        .split(",");
    expect(asNumbers(csvRow("Maple Valley Elementary") ?? [])).toEqual(asNumbers(schoolCells));
    expect(asNumbers(csvRow("Total (each teacher once)") ?? [])).toEqual(asNumbers(schoolCells));
  });

  it("prints as a report: no navigation, every section with its table", async () => {
    await principal.emulateMedia({ media: "print" });
    await expect
      .poll(() => principal.getByRole("navigation", { name: "Main" }).isVisible())
      .toBe(false);
    await expect
      .poll(() => principal.getByRole("button", { name: "Download CSV" }).isVisible())
      .toBe(false);
    for (const caption of [
      "Participation by group",
      "PD hours by group",
      "Session feedback by group",
    ]) {
      expect(await principal.getByRole("region", { name: caption }).isVisible()).toBe(true);
    }
    if (shots) {
      await principal.setViewportSize({ width: 1024, height: 900 });
      await principal.screenshot({ path: `${shots}/impact-print.png`, fullPage: true });
      // The board's copy as the browser prints it: one section per page.
      await principal.pdf({ path: `${shots}/impact-report.pdf`, format: "Letter" });
    }
    await principal.emulateMedia({ media: "screen" });
  });
});
