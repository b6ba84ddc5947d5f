import type { RouterOutputs } from "@throughline/api/types";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, signIn } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { queryAsPage } from "./trpc-over-http.ts";

const PASSWORD = "throughline-demo";
const TEAM = "K–2 Literacy PLC";

const run = serverAndBrowserPerFile();
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  context = await run.browser.newContext({ baseURL: run.server.url });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
});

const rows = () => page.locator("table").first().locator("tbody tr");
/** Each row's teacher: the name link of the row header (the header also holds an Observe link). */
/** The teacher names of the first table in `scope` (the caseload's, or a team's members). */
const teacherNames = (scope: Locator = page.locator("body")) =>
  scope
    .locator("table")
    .first()
    .locator("tbody tr th")
    .evaluateAll((cells) => cells.map((cell) => cell.querySelector("a")?.textContent ?? ""));

/** Each row's flags cell (the last one): "None" or the reasons. */
async function flagCells(): Promise<string[]> {
  return page.locator("table").first().locator("tbody tr td:last-child").allInnerTexts();
}

describe("the coach's caseload", () => {
  it("shows every teacher with flags and reasons", async () => {
    await page.goto("/coach/");
    await signIn(page, "coach@maplevalley.test", PASSWORD);
    await page.getByRole("heading", { level: 1, name: "My caseload" }).waitFor();
    await page.locator("table").first().waitFor();
    await expectAccessible(page);
    const flags = await flagCells();
    expect(flags.length).toBeGreaterThan(3);
    expect(flags.some((cell) => cell !== "None")).toBe(true);
    // The summary's counts are the API's: one row per teacher, counted per kind of flag.
    const caseload = await queryAsPage<RouterOutputs["caseload"]["mine"]>(
      page,
      run.server.url,
      "caseload.mine",
    );
    expect(flags.length).toBe(caseload.rows.length);
    const stuck = caseload.rows.filter((row) =>
      row.flags.some((flag) => flag.kind === "overdue_or_stuck_steps"),
    ).length;
    await page
      .getByRole("button", { name: `${stuck} with stuck or overdue steps`, exact: true })
      .waitFor();
    expect(flags.join("\n")).toMatch(
      /behind the cohort's pace|stuck|overdue|No support meeting|Ready for stage review/,
    );
  });

  // Filters live in the address: each change is a navigation, so the rows follow a moment later.
  it("filters to flagged teachers only, and by a flag from the summary", async () => {
    const all = await rows().count();
    const onlyFlagged = page.getByLabel("Only flagged");
    await onlyFlagged.click();
    await expect.poll(() => onlyFlagged.isChecked()).toBe(true);
    await expect.poll(() => rows().count()).toBeLessThan(all);
    expect((await flagCells()).every((cell) => cell !== "None")).toBe(true);
    expect(page.url()).toContain("flagged=1");
    await onlyFlagged.click();
    await expect.poll(() => rows().count()).toBe(all);

    const summary = page.getByRole("list", { name: "Flags across your caseload" });
    const meetingFlag = summary.getByRole("button", { name: /without a meeting in 21 days/ });
    const count = Number(((await meetingFlag.textContent()) ?? "").match(/\d+/)?.[0]);
    await meetingFlag.click();
    await expect.poll(() => meetingFlag.getAttribute("aria-pressed")).toBe("true");
    if (count > 0) {
      await expect.poll(() => rows().count()).toBe(count);
      expect((await flagCells()).every((cell) => cell.includes("No support meeting"))).toBe(true);
    } else {
      await page.getByRole("heading", { name: "No teachers match" }).waitFor();
    }
    await meetingFlag.click();
    await expect.poll(() => rows().count()).toBe(all);
  });

  it("filters by team", async () => {
    const all = await rows().count();
    const teamCells = () =>
      page.locator("table").first().locator("tbody tr td:nth-child(2)").allInnerTexts();
    await page.getByLabel("Team", { exact: true }).selectOption({ label: TEAM });
    await expect
      .poll(async () => (await teamCells()).every((cell) => cell.includes(TEAM)))
      .toBe(true);
    expect((await teamCells()).length).toBeLessThan(all);
    expect(await teacherNames()).toContain("Maria Delgado");
    await page.getByLabel("Team", { exact: true }).selectOption({ label: "All teams" });
    await expect.poll(() => rows().count()).toBe(all);
  });

  it("sorts by a column from its header button", async () => {
    const before = await teacherNames();
    const header = page.getByRole("columnheader", { name: "Teacher" });
    await header.getByRole("button").click();
    await expect(header.getAttribute("aria-sort")).resolves.toBe("ascending");
    const ascending = await teacherNames();
    await header.getByRole("button").click();
    await expect(header.getAttribute("aria-sort")).resolves.toBe("descending");
    const descending = await teacherNames();
    expect(descending).toEqual([...ascending].reverse());
    expect(descending).not.toEqual(before);
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b)));
  });

  it("opens a team view with the attendance rate and meeting history", async () => {
    await page.getByRole("link", { name: TEAM }).first().click();
    await page.getByRole("heading", { level: 1, name: TEAM }).waitFor();
    await page.getByRole("heading", { name: "Attendance rate" }).waitFor();
    const teamId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
    const input = encodeURIComponent(JSON.stringify({ json: { teamId } }));
    const team = await queryAsPage<RouterOutputs["caseload"]["team"]>(
      page,
      run.server.url,
      `caseload.team?input=${input}`,
    );
    expect(team.attendanceRate).not.toBeNull();
    await page
      .getByText(`${Math.round((team.attendanceRate ?? 0) * 100)}%`, { exact: true })
      .waitFor();
    await page.getByRole("heading", { name: "Meeting history" }).waitFor();
    expect(
      await page.getByRole("region", { name: "Meeting history" }).locator("tbody tr").count(),
    ).toBeGreaterThan(0);
    // The team's goal and profile tables come first on the page: read the members' table.
    expect(await teacherNames(page.getByRole("region", { name: "Members" }))).toContain(
      "Maria Delgado",
    );
    await expectAccessible(page);
  });
});
