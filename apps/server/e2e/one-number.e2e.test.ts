import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";

/*
 * Issue 16, one fact, one number: the PD hours page and its CSV show the same days (the
 * district's, whatever the browser's zone) and rows that add up to the total.
 */

const run = serverAndBrowserPerFile();

const shots = process.env.SCREENSHOT_DIR;

describe("PD hours", () => {
  it("shows the CSV's days and hours on the page, in a browser far from the district", async () => {
    // UTC+14: a page that formatted dates in the browser's zone would show other days.
    const { context, page } = await run.signedIn("teacher", "teacher@maplevalley.test", {
      timezoneId: "Pacific/Kiritimati",
      acceptDownloads: true,
    });
    await page.goto("/teacher/pd-hours");
    await page.getByRole("heading", { level: 1, name: "PD hours" }).waitFor();
    const table = page.getByRole("table");
    await table.waitFor();
    const pageRows = await table
      .locator("tbody tr")
      .evaluateAll((rows) =>
        rows.map((row) => [
          row.querySelector("time")?.getAttribute("datetime") ?? "",
          row.querySelector("time")?.textContent ?? "",
          row.lastElementChild?.textContent ?? "",
        ]),
      );
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    const lines = (await readFile(await download.path(), "utf8"))
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\n");
    expect(lines[0]).toBe("Date (America/Chicago),Activity,Title,Provider,Minutes,Hours");
    const csvRows = lines.slice(1, 1 + pageRows.length).map((line) => line.split(","));
    expect(pageRows.length).toBeGreaterThan(0);
    pageRows.forEach(([day, shown, hours], index) => {
      const csv = csvRows[index] ?? [];
      expect(day).toBe(csv[0]);
      expect(shown).toBe(
        new Date(`${csv[0]}T00:00:00Z`).toLocaleDateString("en-US", {
          month: "short",
          day: "numeric",
          year: "numeric",
          timeZone: "UTC",
        }),
      );
      expect(hours).toBe(csv.at(-1));
    });
    const rowTenths = pageRows.reduce((sum, row) => sum + Math.round(Number(row[2]) * 10), 0);
    const footer = await table.locator("tfoot tr td").last().textContent();
    expect(footer).toBe((rowTenths / 10).toFixed(1));
    expect(lines.at(-1)?.endsWith(`,${(rowTenths / 10).toFixed(1)}`)).toBe(true);
    await expectAccessible(page);
    if (shots) {
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: `${shots}/transcript-${width}.png`, fullPage: true });
      }
    }
    await context.close();
  });
});
