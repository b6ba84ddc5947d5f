import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { screenshotAtBothWidths } from "./screenshots.ts";
import { queryAsPage } from "./trpc-over-http.ts";

/*
 * The elective catalogue end to end. Maria, who is in no Stage 3 cohort, finds a Stage 3
 * elective by its filters, takes it to completion and sees it on her PD hours page. Then the
 * district admin adds a one-seat live session: Maria registers, Kevin joins the waitlist, Maria
 * cancels, and Kevin gets the seat with an emailed calendar invitation.
 */
const ELECTIVE = "Pre-Teaching Vocabulary Before the Lesson";
const EVENT = "Live session: wait time that works";
/** A Stage 3 session the demo leaves out of the catalogue. */
const NEWLY_ELECTIVE = "Modeling with a Worked Example";
const REFLECTION =
  "I will pre-teach the two key words before Thursday's lesson and watch who uses them on their own.";
const MARIA = "teacher@maplevalley.test";
const KEVIN = "leader@maplevalley.test";

const run = serverAndBrowserPerFile();
const shots = process.env.CATALOGUE_SCREENSHOTS;

async function signedIn(app: "teacher" | "admin", email: string): Promise<Page> {
  return (await run.signedIn(app, email)).page;
}

function eventCard(page: Page) {
  return page.locator("li").filter({ has: page.getByRole("heading", { name: EVENT }) });
}

/** The .eml files the server kept for `to` (no SMTP server in tests), parsed. */
async function mailTo(to: string) {
  const folder = join(run.server.dataDir, "mail");
  const names = await readdir(folder).catch(() => [] as string[]);
  const parsed = await Promise.all(
    names.map(async (name) => simpleParser(await readFile(join(folder, name)))),
  );
  return parsed.filter((mail) => mail.to && JSON.stringify(mail.to).includes(to));
}

describe("elective catalogue", () => {
  it("a teacher outside the stage finds an elective by filter, takes it and sees the hours", async () => {
    const page = await signedIn("teacher", MARIA);
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Catalogue" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Catalogue" }).waitFor();
    await page.getByRole("heading", { name: ELECTIVE }).waitFor();
    await expectAccessible(page);
    await screenshotAtBothWidths(page, "catalogue", { folder: shots });

    await page.getByLabel("Grade band").selectOption({ label: "Grades K–2" });
    await page.getByLabel("Subject").selectOption({ label: "Math" });
    await page.getByLabel("Kind").selectOption({ label: "Online MicroPD sessions" });
    await page.waitForURL(/grade=k_2.*subject=math.*kind=session/);
    // Each filter asks again; the last answer is in once the results are no longer busy.
    const results = page.locator('section[aria-busy="false"]');
    await results
      .getByRole("status")
      .filter({ hasText: /match your search/ })
      .waitFor();
    await results.getByRole("heading", { name: ELECTIVE }).waitFor();
    // The Grades 6–12 math elective is filtered out; the workshop too.
    await expect(results.getByRole("heading", { level: 3 }).allTextContents()).resolves.toEqual([
      ELECTIVE,
    ]);
    await expectAccessible(page);

    await page.getByRole("link", { name: `Take this session: ${ELECTIVE}` }).click();
    await page.getByRole("heading", { level: 1, name: ELECTIVE }).waitFor();
    const heading = page.locator("#step-heading");
    while (!((await heading.textContent()) ?? "").includes("Reflection")) {
      const before = await heading.textContent();
      await page.getByRole("button", { name: "Next" }).click();
      await page
        .locator("#step-heading")
        .filter({ hasNotText: before ?? "" })
        .waitFor();
    }
    await page.getByRole("textbox").fill(REFLECTION);
    await page.getByRole("button", { name: "Mark complete" }).click();
    await page.getByText("Session complete", { exact: true }).waitFor();
    await page
      .getByRole("link", { name: /catalogue/i })
      .first()
      .waitFor();

    await page.goto("/teacher/pd-hours");
    await page.getByRole("heading", { level: 1, name: /PD hours/ }).waitFor();
    await page.getByRole("cell", { name: ELECTIVE }).waitFor();

    await page.goto("/teacher/catalogue?kind=session");
    await expectElectiveCompleted(page);
  });

  it("a freed seat goes to the first teacher waiting, who is emailed the invitation", async () => {
    const admin = await signedIn("admin", "admin@maplevalley.test");
    await admin
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Catalogue events" })
      .click();
    await admin.getByRole("heading", { level: 1, name: "Catalogue events" }).waitFor();
    await admin.getByLabel("Title").fill(EVENT);
    await admin
      .getByLabel("Description")
      .fill("Forty-five minutes online on wait time after a question.");
    await admin.getByLabel("Kind").selectOption({ label: "Live session" });
    const inTenDays = new Date(Date.now() + 10 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    await admin.getByLabel("Date").fill(inTenDays);
    await admin.getByLabel("Starts at").fill("16:00");
    await admin.getByLabel("Ends at").fill("16:45");
    await admin.getByLabel("Join link").fill("https://meet.example.org/wait-time");
    await admin.getByLabel("Seats").fill("1");
    await admin.getByLabel("PD minutes credited for attending").fill("45");
    await expectAccessible(admin);
    await admin.getByRole("button", { name: "Add event" }).click();
    await admin.getByRole("heading", { level: 1, name: EVENT }).waitFor();

    // Kevin lets email reach him at any hour, so quiet hours do not hold the invitation back.
    const kevin = await signedIn("teacher", KEVIN);
    await kevin.goto("/teacher/notifications/settings");
    await kevin.getByLabel("Email me on weekday evenings (6 PM to 7 AM)").check();
    await kevin.getByLabel("Email me at weekends").check();
    await kevin.getByRole("button", { name: "Save email settings" }).click();
    await kevin.getByRole("status").getByText(/saved/i).waitFor();

    const maria = await signedIn("teacher", MARIA);
    await maria.goto("/teacher/catalogue?kind=live_session");
    await eventCard(maria).getByText("1 of 1 seat left").waitFor();
    await maria.getByRole("button", { name: `Register: ${EVENT}` }).click();
    await eventCard(maria).getByText("You are registered", { exact: true }).waitFor();

    await kevin.goto("/teacher/catalogue?kind=live_session");
    await eventCard(kevin).getByText("Full: join the waitlist").waitFor();
    await kevin.getByRole("button", { name: `Join the waitlist: ${EVENT}` }).click();
    await eventCard(kevin).getByText("You are number 1 on the waitlist").waitFor();
    await expectAccessible(kevin);
    await screenshotAtBothWidths(kevin, "catalogue-waitlist", { folder: shots });

    await maria.getByRole("button", { name: `Cancel my registration: ${EVENT}` }).click();
    await eventCard(maria).getByText("Full: join the waitlist").waitFor();

    await kevin.reload();
    await eventCard(kevin).getByText("You are registered", { exact: true }).waitFor();

    await admin.reload();
    await admin.getByRole("heading", { level: 1, name: EVENT }).waitFor();
    const kevinRow = admin.getByRole("row", { name: /Kevin Osei/ });
    await kevinRow.getByText(/From the waitlist/).waitFor();
    await expectAccessible(admin);
    await screenshotAtBothWidths(admin, "catalogue-event-admin", { folder: shots });

    // The worker ticks every few seconds and keeps each message as an .eml file.
    await expect
      .poll(
        async () =>
          (await mailTo(KEVIN)).some((mail) =>
            mail.attachments.some(
              (part) =>
                part.contentType === "text/calendar" &&
                part.content.toString("utf8").includes("METHOD:REQUEST") &&
                part.content.toString("utf8").includes("wait time that works"),
            ),
          ),
        { timeout: 60_000, interval: 2_000 },
      )
      .toBe(true);
  });
});

describe("marking a session elective", () => {
  it("a district admin ticks Elective on the session editor, and teachers find it at once", async () => {
    const teacher = await signedIn("teacher", MARIA);
    const query = <T>(path: string, input?: unknown) =>
      queryAsPage<T>(
        teacher,
        run.server.url,
        input === undefined
          ? path
          : `${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`,
      );
    const stages = await query<{ id: string; title: string }[]>("framework.stages");
    const stage3 = stages.find((stage) => stage.title.startsWith("Accelerating"));
    const detail = await query<{ sessions: { id: string; title: string }[] }>("framework.stage", {
      stageId: stage3?.id,
    });
    const session = detail.sessions.find((each) => each.title === NEWLY_ELECTIVE);
    if (!session) throw new Error(`No session ${NEWLY_ELECTIVE}`);

    await teacher.goto("/teacher/catalogue?grade=9_12&kind=session");
    await teacher.locator('section[aria-busy="false"]').getByRole("status").waitFor();
    await expect(teacher.getByRole("heading", { name: NEWLY_ELECTIVE }).count()).resolves.toBe(0);

    const admin = await signedIn("admin", "admin@maplevalley.test");
    await admin.goto(`/admin/framework/sessions/${session.id}`);
    await admin.getByRole("heading", { name: "Elective catalogue" }).waitFor();
    await admin.getByLabel("Elective", { exact: true }).check();
    await admin.getByRole("group", { name: "Grade bands" }).getByLabel("Grades 9–12").check();
    await admin.getByRole("group", { name: "Subjects" }).getByLabel("Science").check();
    await admin.getByRole("button", { name: "Save catalogue settings" }).click();
    await admin.getByText("Saved: the session is in the catalogue.").waitFor();
    await expectAccessible(admin);
    await screenshotAtBothWidths(admin, "session-elective-card", { folder: shots });

    await teacher.reload();
    const results = teacher.locator('section[aria-busy="false"]');
    await results.getByRole("heading", { name: NEWLY_ELECTIVE }).waitFor();
    await results.getByText("Suits: Grades 9–12 · Science").waitFor();
  });
});

/** After completing it, the elective's card says so and offers a review. */
async function expectElectiveCompleted(page: Page) {
  const card = page.locator("li").filter({ has: page.getByRole("heading", { name: ELECTIVE }) });
  await card.getByText(/^Completed /).waitFor();
  await card.getByRole("link", { name: `Review this session: ${ELECTIVE}` }).waitFor();
}
