import type { BrowserContext, Dialog, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";

const NOTE = "Students restate the essential question to a partner";
const OFFLINE_EDIT = "Typed while the connection was down";
const LOST_ANSWER_EDIT = "Saved while the answer was lost on the way";
const FIRST_PHONE_EDIT = "Seen from the back of the room on the first phone";
const SECOND_PHONE_EDIT = "Summary frames on every desk, seen on the second phone";
const LEAVE_EDIT = "Typed just before a wrong tap on the tab bar";
const UNADDED_NOTE = "Typed into the note field, not added yet";
const REFLECTION = "I will return to the question after each chunk, not only at the end.";
const phone = { width: 390, height: 844 };
const SHOTS = process.env.SCREENSHOT_DIR;

const run = serverAndBrowserPerFile();

async function signedIn(app: "teacher" | "coach", email: string) {
  return run.signedIn(app, email, { viewport: phone });
}

function indicator(page: Page, code: string) {
  return page.getByRole("group", { name: new RegExp(`^${code.replace(".", "\\.")} `) });
}

let coach: Page;
let coachContext: BrowserContext;
let observationUrl: string;

describe("a coach observes a lesson on a phone, through a dropped connection", () => {
  it("starts an observation of Maria from the caseload", async () => {
    ({ context: coachContext, page: coach } = await signedIn("coach", "coach@maplevalley.test"));
    await coach.getByRole("link", { name: "Observe Maria Delgado" }).first().click();
    await coach.getByRole("heading", { level: 1, name: "Observe Maria Delgado" }).waitFor();
    await coach.getByRole("checkbox", { name: /1\.2 Uses an essential question/ }).check();
    await coach.getByRole("checkbox", { name: /1\.6 Closes with a summarizing strategy/ }).check();
    await coach.getByLabel("Class or period").fill("Grade 1 · Reading");
    await coach.getByRole("button", { name: "Start observing" }).click();
    await coach.getByRole("heading", { level: 1, name: "Maria Delgado", exact: true }).waitFor();
    observationUrl = coach.url();
  });

  it("rates both indicators Developing, takes a note, and autosaves", async () => {
    await indicator(coach, "1.2").getByRole("radio", { name: "Developing" }).check();
    await indicator(coach, "1.6").getByRole("radio", { name: "Developing" }).check();
    await coach.getByLabel("What do you see?").fill(NOTE);
    await coach.getByRole("button", { name: "Add note" }).click();
    await coach.getByRole("listitem").filter({ hasText: NOTE }).waitFor();
    await coach
      .getByRole("status")
      .filter({ hasText: /Saved \d{1,2}:\d{2}/ })
      .waitFor();
    await expectAccessible(coach);
  });

  it("keeps an offline edit on the device and sends it when back online", async () => {
    await coachContext.setOffline(true);
    await indicator(coach, "1.2").locator("..").getByLabel("Look-fors").fill(OFFLINE_EDIT);
    await coach.getByText("Offline — kept on this device").waitFor();
    await coach.close();

    await coachContext.setOffline(false);
    coach = await coachContext.newPage();
    await coach.goto(observationUrl);
    await coach.getByRole("heading", { level: 1, name: "Maria Delgado", exact: true }).waitFor();
    await expect
      .poll(() => indicator(coach, "1.2").locator("..").getByLabel("Look-fors").inputValue())
      .toBe(OFFLINE_EDIT);
    await coach
      .getByRole("status")
      .filter({ hasText: /Saved \d{1,2}:\d{2}/ })
      .waitFor();
  });

  it("takes its own save whose answer was lost for what it is, not a change made elsewhere", async () => {
    let lost = 0;
    const saves = "**/trpc/observations.saveDraft**";
    await coach.route(saves, async (route) => {
      if (lost > 0) return route.continue();
      lost += 1;
      await route.fetch(); // the server saves this version…
      await route.abort("connectionreset"); // …and its answer never reaches the phone
    });
    await indicator(coach, "1.6").locator("..").getByLabel("Look-fors").fill(LOST_ANSWER_EDIT);
    await coach.getByText("Offline — kept on this device").waitFor();
    // The retry finds the server holding exactly what this phone sent: saved, no conflict.
    await coach
      .getByRole("status")
      .filter({ hasText: /Saved \d{1,2}:\d{2}/ })
      .waitFor();
    expect(await coach.getByText(/Not saved/).count()).toBe(0);
    await coach.unroute(saves);
    await coach.reload();
    await expect
      .poll(() => indicator(coach, "1.6").locator("..").getByLabel("Look-fors").inputValue())
      .toBe(LOST_ANSWER_EDIT);
  });

  it("on a second phone saving the same draft, shows both versions and keeps the chosen one", async () => {
    const { page: second } = await signedIn("coach", "coach@maplevalley.test");
    await second.goto(observationUrl);
    await second.getByRole("heading", { level: 1, name: "Maria Delgado", exact: true }).waitFor();
    // Both edit on the same revision; the second phone's save waits until the first phone's
    // has landed, so it meets the revision check.
    let firstSaved = () => {};
    const firstLanded = new Promise<void>((resolve) => {
      firstSaved = resolve;
    });
    await second.route("**/trpc/observations.saveDraft**", async (route) => {
      await firstLanded;
      await route.continue();
    });
    await indicator(second, "1.6").locator("..").getByLabel("Look-fors").fill(SECOND_PHONE_EDIT);
    await indicator(coach, "1.2").locator("..").getByLabel("Look-fors").fill(FIRST_PHONE_EDIT);
    await coach
      .getByRole("status")
      .filter({ hasText: /Saved \d{1,2}:\d{2}/ })
      .waitFor();
    firstSaved();

    const choice = second.getByRole("status").filter({ hasText: "Changed on another device" });
    await choice.waitFor();
    await choice.getByText(FIRST_PHONE_EDIT).waitFor();
    await expect(
      indicator(second, "1.6").locator("..").getByLabel("Look-fors").inputValue(),
    ).resolves.toBe(SECOND_PHONE_EDIT);
    await expectAccessible(second);
    if (SHOTS) {
      await second.screenshot({ path: `${SHOTS}/observation-conflict-390.png`, fullPage: true });
      await second.setViewportSize({ width: 1280, height: 900 });
      await second.screenshot({ path: `${SHOTS}/observation-conflict-1280.png`, fullPage: true });
    }
    await choice.getByRole("button", { name: "Keep mine" }).click();
    await second
      .getByRole("status")
      .filter({ hasText: /Saved \d{1,2}:\d{2}/ })
      .waitFor();

    // The kept version is the server's: the first phone finds it on reload.
    await coach.reload();
    await expect
      .poll(() => indicator(coach, "1.6").locator("..").getByLabel("Look-fors").inputValue())
      .toBe(SECOND_PHONE_EDIT);
    await second.close();
  });

  it("asks before leaving with changes the server does not have yet", async () => {
    await coachContext.setOffline(true);
    await indicator(coach, "1.6").locator("..").getByLabel("Look-fors").fill(LEAVE_EDIT);
    await coach.getByText("Offline — kept on this device").waitFor();
    await coach
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Observations" })
      .click();
    const dialog = coach.getByRole("dialog", { name: "Leave without saving?" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Stay on this page" }).click();
    await coachContext.setOffline(false);
    await coach
      .getByRole("status")
      .filter({ hasText: /Saved \d{1,2}:\d{2}/ })
      .waitFor();
    expect(coach.url()).toBe(observationUrl);
  });

  it("keeps a note typed but not added through a reload, and asks before leaving it", async () => {
    await coach.getByLabel("What do you see?").fill(UNADDED_NOTE);
    // The reload itself asks first (the browser's own question); the test accepts it.
    const accept = (dialog: Dialog) => void dialog.accept();
    coach.on("dialog", accept);
    await coach.reload();
    coach.off("dialog", accept);
    await expect.poll(() => coach.getByLabel("What do you see?").inputValue()).toBe(UNADDED_NOTE);
    await coach
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Caseload" })
      .click();
    const dialog = coach.getByRole("dialog", { name: "Leave without saving?" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Stay on this page" }).click();
    await coach.getByRole("button", { name: "Add note" }).click();
    await coach.getByRole("listitem").filter({ hasText: UNADDED_NOTE }).waitFor();
    await coach
      .getByRole("status")
      .filter({ hasText: /Saved \d{1,2}:\d{2}/ })
      .waitFor();
    expect(await coach.getByLabel("What do you see?").inputValue()).toBe("");
    expect(coach.url()).toBe(observationUrl);
  });

  it("publishes to Maria after asking", async () => {
    await coach.getByRole("button", { name: "Publish to Maria Delgado" }).click();
    await coach.getByRole("button", { name: "Yes, publish" }).click();
    await coach
      .getByRole("heading", { level: 1, name: "Coaching observation of Maria Delgado" })
      .waitFor();
  });
});

let teacher: Page;

describe("the teacher answers, and the coach reads the answer", () => {
  it("Maria sees the observation, reflects and acknowledges", async () => {
    ({ page: teacher } = await signedIn("teacher", "teacher@maplevalley.test"));
    await teacher
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Observations" })
      .click();
    await teacher.getByRole("heading", { level: 1, name: "Observations" }).waitFor();
    await expectAccessible(teacher);
    await teacher
      .getByRole("link", { name: /Coaching observation/ })
      .first()
      .click();
    await teacher.getByRole("heading", { level: 2, name: "What was seen" }).waitFor();
    await teacher.getByText(OFFLINE_EDIT).waitFor();
    await teacher.getByText(NOTE).waitFor();
    expect(await teacher.getByText("Developing", { exact: true }).count()).toBe(2);
    await expectAccessible(teacher);

    await teacher.getByLabel("Your reflection").fill(REFLECTION);
    await teacher.getByRole("button", { name: "Save reflection" }).click();
    await teacher.getByText("Reflection saved.").waitFor();
    await teacher.getByRole("button", { name: "Acknowledge" }).click();
    await teacher.getByText(/^Acknowledged /).waitFor();
  });

  it("the coach sees Maria's reflection", async () => {
    await coach.reload();
    await coach.getByText(REFLECTION).waitFor();
  });
});

describe("the observation points Maria to sessions", () => {
  // The observation was taken today in the district (Chicago); reasons write days as "Nov 25".
  const today = new Intl.DateTimeFormat("en-US", {
    month: "short",
    day: "numeric",
    timeZone: "America/Chicago",
  }).format(new Date());
  const seenToday = `was developing on ${today}, target proficient`;

  it("recommends sessions for both indicators seen at Developing, each with its reason", async () => {
    await teacher.goto("/teacher/recommendations");
    await teacher.getByRole("heading", { level: 1, name: "Recommended for you" }).waitFor();
    // Today's levels are the reason: in full for the larger gap, briefly for the other
    // indicator a session also addresses.
    await teacher.getByText(seenToday).first().waitFor();
    const related = teacher
      .getByRole("listitem")
      .filter({ hasText: /‘(Uses an essential question|Closes with a summarizing strategy)’/ });
    expect(await related.count()).toBeGreaterThanOrEqual(2);
    const reasons = (await related.allInnerTexts()).join("\n");
    expect(reasons).toContain("‘Uses an essential question’");
    expect(reasons).toContain("‘Closes with a summarizing strategy’");
    await expectAccessible(teacher);
  });

  it("opens one at once and completes it; it leaves the list", async () => {
    const item = teacher.getByRole("listitem").filter({ hasText: seenToday }).first();
    const start = item.getByRole("link", { name: /^Start session: / });
    const title = ((await start.getAttribute("aria-label")) ?? "").replace(/^Start session: /, "");
    await start.click();
    await teacher.getByRole("heading", { level: 1, name: title }).waitFor();
    const next = teacher.getByRole("button", { name: "Next" });
    while (!(await teacher.locator("#step-heading", { hasText: "Reflection" }).isVisible())) {
      await next.click();
    }
    await teacher
      .getByRole("textbox")
      .fill("I will pause after each chunk and ask the class to answer the essential question.");
    await teacher.getByRole("button", { name: "Mark complete" }).click();
    await teacher.getByText("Session complete", { exact: true }).waitFor();

    await teacher.goto("/teacher/recommendations");
    await teacher.getByRole("heading", { level: 1, name: "Recommended for you" }).waitFor();
    expect(await teacher.getByRole("link", { name: `Start session: ${title}` }).count()).toBe(0);
  });
});
