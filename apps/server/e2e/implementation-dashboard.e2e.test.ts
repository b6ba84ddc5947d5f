import { readFile } from "node:fs/promises";
import type { RouterOutputs } from "@throughline/api/types";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { queryAsPage } from "./trpc-over-http.ts";

/* Issue 5: the implementation dashboard's numbers follow what teachers do. */

const REFLECTION =
  "I modelled the think-aloud twice, and most of the class used the sentence stems without a prompt.";

const run = serverAndBrowserPerFile();

async function signedIn(app: "admin" | "teacher", email: string): Promise<Page> {
  const { page } = await run.signedIn(app, email);
  return page;
}

/** The value of one headline figure card, e.g. "sessions-completed". */
async function figure(page: Page, id: string): Promise<string> {
  const value = page.locator(`[data-figure="${id}"] dd`).first();
  await value.waitFor();
  return ((await value.textContent()) ?? "").trim();
}

type Dashboard = RouterOutputs["dashboard"]["school"];

/** Maria's team, found the way the admin's pages find it. */
async function mariaTeam(page: Page, schoolId: string): Promise<string> {
  const input = (value: object) => encodeURIComponent(JSON.stringify({ json: value }));
  const school = await queryAsPage<Dashboard>(
    page,
    run.server.url,
    `dashboard.school?input=${input({ schoolId })}`,
  );
  for (const row of school.rows) {
    const team = await queryAsPage<Dashboard>(
      page,
      run.server.url,
      `dashboard.team?input=${input({ teamId: row.id })}`,
    );
    if (team.rows.some((teacher) => teacher.name === "Maria Delgado")) return row.name;
  }
  throw new Error("Maria Delgado is on no team");
}

/** Maria finishes the session of her stage her home offers next, in the teacher app's player. */
async function completeNextSession(teacher: Page) {
  await teacher.goto("/teacher/");
  await teacher.getByRole("heading", { level: 1, name: /welcome/i }).waitFor();
  const home = await queryAsPage<RouterOutputs["teacher"]["home"]>(
    teacher,
    run.server.url,
    "teacher.home",
  );
  const next = home.enrolments[0]?.next;
  if (next?.kind !== "available") throw new Error("Maria has no session open now.");
  await teacher.getByRole("link", { name: `Start session: ${next.session.title}` }).click();
  const stepHeading = teacher.locator("#step-heading");
  await stepHeading.waitFor();
  while (!((await stepHeading.textContent()) ?? "").includes("Reflection")) {
    const before = await stepHeading.textContent();
    await teacher.getByRole("button", { name: "Next" }).click();
    await teacher.locator("#step-heading", { hasNotText: before ?? "" }).waitFor();
  }
  await teacher.getByRole("textbox").fill(REFLECTION);
  await teacher.getByRole("button", { name: "Mark complete" }).click();
  await teacher.getByText("Session complete", { exact: true }).waitFor();
}

describe("implementation dashboard", () => {
  let admin: Page;
  let schoolPath = "";
  let teacherPath = "";
  let sessionsBefore = 0;
  let schoolCompletionBefore = "";
  let schoolSessionsBefore = 0;

  it("a district admin drills from the district to Maria Delgado", async () => {
    admin = await signedIn("admin", "admin@maplevalley.test");
    await admin
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Implementation" })
      .click();
    await admin.getByRole("heading", { level: 1, name: /^Implementation: / }).waitFor();
    await admin.getByRole("link", { name: "Riverside Middle School" }).waitFor();
    await expectAccessible(admin);

    await admin.getByRole("link", { name: "Maple Valley Elementary" }).click();
    await admin
      .getByRole("heading", { level: 1, name: "Implementation: Maple Valley Elementary" })
      .waitFor();
    schoolPath = new URL(admin.url()).pathname;
    schoolCompletionBefore = await figure(admin, "completion");
    schoolSessionsBefore = Number(await figure(admin, "sessions-completed"));
    await admin.getByRole("heading", { name: "Collaboration time" }).waitFor();
    await expectAccessible(admin);

    const schoolId = schoolPath.split("/").at(-1) ?? "";
    const teamName = await mariaTeam(admin, schoolId);
    await admin.getByRole("link", { name: teamName, exact: true }).click();
    await admin.getByRole("heading", { level: 1, name: `Implementation: ${teamName}` }).waitFor();
    await expectAccessible(admin);

    await admin.getByRole("link", { name: "Maria Delgado" }).click();
    await admin.getByRole("heading", { level: 1, name: "Implementation: Maria Delgado" }).waitFor();
    const trail = admin.getByRole("navigation", { name: "Breadcrumb" });
    await expect.poll(() => trail.getByRole("link").count()).toBe(3);
    teacherPath = new URL(admin.url()).pathname;
    sessionsBefore = Number(await figure(admin, "sessions-completed"));
    expect(sessionsBefore).toBeGreaterThanOrEqual(0);
    await expectAccessible(admin);
  });

  it("the figures go up after Maria completes her next session", async () => {
    const teacher = await signedIn("teacher", "teacher@maplevalley.test");
    await completeNextSession(teacher);

    await admin.reload();
    await admin.getByRole("heading", { level: 1, name: "Implementation: Maria Delgado" }).waitFor();
    await expect(figure(admin, "sessions-completed")).resolves.toBe(String(sessionsBefore + 1));

    await admin.goto(`/admin${schoolPath.replace(/^\/admin/, "")}`);
    await admin
      .getByRole("heading", { level: 1, name: "Implementation: Maple Valley Elementary" })
      .waitFor();
    await expect(figure(admin, "sessions-completed")).resolves.toBe(
      String(schoolSessionsBefore + 1),
    );
    // One session among the whole school's (both programs') may not move the rounded figure.
    const completion = await figure(admin, "completion");
    expect(Number.parseInt(completion, 10)).toBeGreaterThanOrEqual(
      Number.parseInt(schoolCompletionBefore, 10),
    );
    expect(teacherPath).toContain("/implementation/teachers/");
  });

  it("downloads a table as CSV, header row first", async () => {
    const downloaded = admin.waitForEvent("download");
    await admin.getByRole("button", { name: "Download CSV: Teams with their key figures" }).click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe("maple-valley-elementary-teams.csv");
    const text = await readFile(await download.path(), "utf8");
    expect(text.replace(/^\uFEFF/, "").split(/\r?\n/)[0]).toBe(
      "Team,Teachers,MicroPD completion,Sessions completed,Pace (per week),Median wait (days),Meetings held of scheduled,Steps done with evidence,Median PD hours,Badges earned",
    );
  });

  it("takes a principal straight to their school", async () => {
    const principal = await signedIn("admin", "principal@maplevalley.test");
    await principal
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Implementation" })
      .click();
    await principal
      .getByRole("heading", { level: 1, name: "Implementation: Maple Valley Elementary" })
      .waitFor();
    await expectAccessible(principal);
  });
});
