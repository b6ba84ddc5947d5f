import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { screenshotAtBothWidths } from "./screenshots.ts";

/*
 * A district runs two programs and a teacher progresses in both: Maple Valley's instructional
 * framework and its classroom technology program. The demo teacher sees both on her home and on
 * her path, completes a technology session and sees progress there while her framework stage
 * stays as it was; her PD hours and recommendations name each program. Her coach sees her stage
 * in each program on the caseload; a district admin adds a program and a stage in it and reads
 * the district's completion per program.
 */

const run = serverAndBrowserPerFile();
const shots = process.env.PROGRAMS_SCREENSHOTS;
const TEACHER = "teacher@maplevalley.test";
const ADMIN = "admin@maplevalley.test";
const COACH = "coach@maplevalley.test";
const REFLECTION =
  "The quick check showed me six students who had not got the idea yet, so I pulled them for five minutes.";

/** A line of a program's card on the home's path ("… Classroom technology has 1 stage."). */
function pathLine(page: Page, text: RegExp) {
  return page.getByRole("region", { name: "Your path" }).getByText(text);
}

/** The enrolment card's progress line for a stage ("5 of 10 MicroPD sessions complete"). */
async function progressLine(page: Page, stageTitle: string): Promise<string> {
  const card = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: stageTitle, exact: true }) })
    .first();
  return (await card.getByText(/of \d+ MicroPD sessions complete/).textContent()) ?? "";
}

describe("two programs", () => {
  let teacher: Page;

  it("the teacher's home shows both programs, each with her stage and whether it is required", async () => {
    ({ page: teacher } = await run.signedIn("teacher", TEACHER));
    await teacher.getByRole("heading", { level: 1, name: /welcome/i }).waitFor();
    const path = teacher.getByRole("region", { name: "Your path" });
    await path.getByRole("heading", { level: 3, name: "Instructional framework" }).waitFor();
    await path.getByRole("heading", { level: 3, name: "Classroom technology" }).waitFor();
    expect(await path.getByText("Required for you").count()).toBe(2);
    await path.getByRole("list", { name: "Stages of Classroom technology" }).waitFor();
    await pathLine(
      teacher,
      /You are working on Stage 1: Devices that show student thinking\. Classroom technology has 1 stage/,
    ).waitFor();
    expect(await progressLine(teacher, "High Performance Learning-Focused Lessons")).toBe(
      "5 of 10 MicroPD sessions complete",
    );
    expect(await progressLine(teacher, "Devices that show student thinking")).toBe(
      "0 of 3 MicroPD sessions complete",
    );
    await expectAccessible(teacher);
    await screenshotAtBothWidths(teacher, "programs-teacher-home", { folder: shots });
  });

  it("her path shows both programs beside the stage she is on", async () => {
    await teacher
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "My path" })
      .click();
    await teacher.getByRole("heading", { name: "MicroPD sessions" }).waitFor();
    const programs = teacher.getByRole("navigation", { name: "Your programs" });
    await expect(
      programs
        .getByRole("link", { name: "Instructional framework: Stage 1" })
        .getAttribute("aria-current"),
    ).resolves.toBe("page");
    await programs.getByRole("link", { name: "Classroom technology: Stage 1" }).click();
    await teacher
      .getByRole("heading", { level: 1, name: /Devices that show student thinking/ })
      .waitFor();
    await expect(
      programs
        .getByRole("link", { name: "Classroom technology: Stage 1" })
        .getAttribute("aria-current"),
    ).resolves.toBe("page");
    await expectAccessible(teacher);
    await screenshotAtBothWidths(teacher, "programs-teacher-path", { folder: shots });
  });

  it("completes a technology session: progress there, the framework unchanged", async () => {
    await teacher.getByRole("link", { name: "Home", exact: true }).click();
    await teacher.getByRole("heading", { level: 1, name: /welcome/i }).waitFor();
    // On her path's technology card (her recommendations name it too, as her next session there).
    await teacher
      .getByRole("link", { name: "Start session: Quick checks on every device" })
      .first()
      .click();
    await teacher
      .getByRole("heading", { level: 1, name: "Quick checks on every device" })
      .waitFor();
    for (;;) {
      const heading = (await teacher.locator("#step-heading").textContent()) ?? "";
      if (heading.includes("Reflection")) break;
      await teacher.getByRole("button", { name: "Next" }).click();
      await teacher.locator("#step-heading", { hasNotText: heading }).waitFor();
    }
    await teacher.getByRole("textbox").fill(REFLECTION);
    await teacher.getByRole("button", { name: "Mark complete" }).click();
    await teacher.getByText("Session complete", { exact: true }).waitFor();

    await teacher.getByRole("link", { name: "Home", exact: true }).click();
    await teacher.getByRole("heading", { level: 1, name: /welcome/i }).waitFor();
    await expect
      .poll(() => progressLine(teacher, "Devices that show student thinking"))
      .toBe("1 of 3 MicroPD sessions complete");
    expect(await progressLine(teacher, "High Performance Learning-Focused Lessons")).toBe(
      "5 of 10 MicroPD sessions complete",
    );
    await pathLine(
      teacher,
      /You are working on Stage 1: High Performance Learning-Focused Lessons\. Instructional framework has 3 stages/,
    ).waitFor();
  });

  it("her PD hours name the program of each workshop and session", async () => {
    await teacher.goto("/teacher/pd-hours");
    const table = teacher.getByRole("table");
    await table
      .getByRole("cell", {
        name: "Instructional framework · Stage 1 workshop: High Performance Learning-Focused Lessons",
      })
      .first()
      .waitFor();
    // The technology session she just completed, named with its program.
    await table
      .getByRole("cell", { name: "Classroom technology · Quick checks on every device" })
      .waitFor();
    await expectAccessible(teacher);
    await screenshotAtBothWidths(teacher, "programs-teacher-pd-hours", { folder: shots });
  });

  it("her recommendations are listed per program, with her next technology session", async () => {
    await teacher.goto("/teacher/recommendations");
    await teacher.getByRole("heading", { level: 1, name: "Recommended for you" }).waitFor();
    const technology = teacher.getByRole("region", { name: "Classroom technology" });
    await technology.getByRole("heading", { level: 2, name: "Classroom technology" }).waitFor();
    // Quick checks is done: her next session there is the shared board.
    await technology
      .getByRole("heading", { level: 3, name: "A shared board for the whole class" })
      .waitFor();
    await technology.getByText("Your next session in Classroom technology").waitFor();
    await technology.getByText(/Classroom technology · Stage 1/).waitFor();
    const framework = teacher.getByRole("region", { name: "Instructional framework" });
    expect(await framework.getByRole("listitem").count()).toBeGreaterThan(0);
    await expectAccessible(teacher);
    await screenshotAtBothWidths(teacher, "programs-teacher-recommendations", { folder: shots });
  });
});

describe("her coach", () => {
  it("sees her stage in each program on the caseload and filters by program", async () => {
    const { page: coach } = await run.signedIn("coach", COACH);
    await coach.getByRole("heading", { level: 1, name: "My caseload" }).waitFor();
    const maria = coach.getByRole("row").filter({ hasText: "Maria Delgado" }).first();
    const stages = maria.getByRole("list", { name: "Stage in each program" });
    await stages.getByText("Instructional framework · Stage 1").waitFor();
    await stages.getByText("Classroom technology · Stage 1").waitFor();
    const all = await coach.getByRole("row").count();
    await coach
      .getByLabel("Program", { exact: true })
      .selectOption({ label: "Classroom technology" });
    await expect.poll(() => coach.getByRole("row").count()).toBeLessThan(all);
    await coach.getByRole("row").filter({ hasText: "Maria Delgado" }).first().waitFor();
    expect(new URL(coach.url()).searchParams.get("program")).not.toBeNull();
    await expectAccessible(coach);
    await screenshotAtBothWidths(coach, "programs-coach-caseload", { folder: shots });
  });
});

describe("a district admin", () => {
  it("adds a program, then a stage in it, and says who must take it", async () => {
    const { page: admin } = await run.signedIn("admin", ADMIN);
    await admin
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Framework" })
      .click();
    await admin.getByRole("heading", { level: 1, name: "Framework" }).waitFor();
    await admin.getByRole("heading", { level: 2, name: "Classroom technology" }).waitFor();
    await expectAccessible(admin);

    // A blank name is named beside its field.
    await admin.getByRole("button", { name: "Add the program" }).click();
    const name = admin.getByLabel("Program name");
    await admin.getByText("Enter the program's name").waitFor();
    await expect(name.getAttribute("aria-invalid")).resolves.toBe("true");

    await name.fill("Proficiency-based learning");
    await admin.getByLabel("Program description").fill("Grading and reteaching by standard.");
    await admin.getByRole("button", { name: "Add the program" }).click();
    const section = admin.getByRole("region", { name: "Proficiency-based learning" });
    await section.getByText("No stages yet").waitFor();

    await admin
      .getByLabel("Program", { exact: true })
      .selectOption({ label: "Proficiency-based learning" });
    await admin.getByLabel("Title").fill("Unpacking the standards");
    await admin
      .getByLabel("Summary", { exact: true })
      .fill("Turn each standard into learning targets.");
    await admin.getByRole("button", { name: "Add the stage" }).click();
    await section.getByRole("link", { name: "Stage 1: Unpacking the standards" }).waitFor();
    // The framework's stages kept their numbers.
    await admin
      .getByRole("region", { name: "Instructional framework" })
      .getByRole("link", { name: /^Stage 3: / })
      .waitFor();

    await section.getByText("Settings for Proficiency-based learning").click();
    await section.getByLabel("Teachers (Proficiency-based learning)").selectOption({
      label: "Required at Riverside Middle School",
    });
    await section.getByRole("button", { name: "Save who must take it" }).click();
    await section.getByText("Required of teachers at Riverside Middle School").waitFor();
    await expectAccessible(admin);
    await screenshotAtBothWidths(admin, "programs-admin-framework", { folder: shots });
  });

  it("reads the district's completion per program on the implementation dashboard", async () => {
    const { page: admin } = await run.signedIn("admin", ADMIN);
    await admin.goto("/admin/implementation");
    await admin.getByRole("heading", { level: 1, name: /^Implementation: / }).waitFor();
    const table = admin.getByRole("table", { name: "Completion figures per program" });
    await table.getByRole("cell", { name: "Instructional framework" }).waitFor();
    await table.getByRole("cell", { name: "Classroom technology" }).waitFor();
    await admin.getByRole("region", { name: "Stage funnel: Classroom technology" }).waitFor();
    await expectAccessible(admin);
    // On a phone the funnels and charts fit the screen: the page never scrolls sideways.
    await admin.setViewportSize({ width: 390, height: 900 });
    await expect
      .poll(() => admin.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(390);
    await admin.setViewportSize({ width: 1280, height: 720 });
    await screenshotAtBothWidths(admin, "programs-admin-dashboard", { folder: shots });
  });

  it("the admin adds an indicator of Classroom technology and the list names its program", async () => {
    const { page: admin } = await run.signedIn("admin", ADMIN);
    await admin.goto("/admin/framework/indicators");
    await admin.getByRole("heading", { level: 1, name: "Indicators" }).waitFor();
    await admin.getByLabel("Code").fill("9.7");
    await admin.getByLabel("Indicator title").fill("Devices show student thinking");
    await admin
      .getByLabel("What it looks like")
      .fill("Students post their work on a shared board.");
    await admin
      .getByLabel("Program", { exact: true })
      .selectOption({ label: "Classroom technology" });
    await admin.getByRole("button", { name: "Add the indicator" }).click();
    const row = admin.getByRole("row").filter({ hasText: "Devices show student thinking" });
    await row.getByRole("cell", { name: "Classroom technology" }).waitFor();
    // The framework's own indicators stay the district's, across programs.
    await admin
      .getByRole("row")
      .filter({ hasText: /^1\.1/ })
      .first()
      .getByRole("cell", { name: "All programs" })
      .waitFor();
    await expectAccessible(admin);
    await screenshotAtBothWidths(admin, "programs-admin-indicators", { folder: shots });
  });

  it("a credential the admin puts in Classroom technology is listed under it for the teacher", async () => {
    const { page: admin } = await run.signedIn("admin", ADMIN);
    await admin.goto("/admin/credentials");
    await admin.getByRole("link", { name: "Higher-Order Questioning" }).click();
    await admin.getByRole("heading", { level: 1, name: "Higher-Order Questioning" }).waitFor();
    await admin
      .getByLabel("Program", { exact: true })
      .selectOption({ label: "Classroom technology" });
    await admin.getByRole("button", { name: "Save changes" }).click();
    await admin.getByText(/^Saved as version/).waitFor();
    await expectAccessible(admin);
    await screenshotAtBothWidths(admin, "programs-admin-credential-form", { folder: shots });

    await admin.goto("/admin/credentials");
    const row = admin.getByRole("row").filter({ hasText: "Higher-Order Questioning" });
    await row.getByRole("cell", { name: "Classroom technology" }).waitFor();
    await screenshotAtBothWidths(admin, "programs-admin-credentials", { folder: shots });

    const { page: teacherPage } = await run.signedIn("teacher", TEACHER);
    await teacherPage.goto("/teacher/credentials");
    const technology = teacherPage.getByRole("region", { name: "Classroom technology" });
    await technology.getByRole("heading", { level: 3, name: "Higher-Order Questioning" }).waitFor();
    const across = teacherPage.getByRole("region", { name: "Across programs" });
    await across
      .getByRole("heading", { level: 3, name: "Learning-Focused Lesson Design" })
      .waitFor();
    expect(await across.getByText("Higher-Order Questioning").count()).toBe(0);
    await expectAccessible(teacherPage);
    await screenshotAtBothWidths(teacherPage, "programs-teacher-credentials", { folder: shots });
  });
});
