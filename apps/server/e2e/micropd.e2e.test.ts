import type { RouterOutputs } from "@throughline/api/types";
import { describe, expect, it } from "vitest";
import { expectAccessible, signIn } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { queryAsPage } from "./trpc-over-http.ts";

const PASSWORD = "throughline-demo";
const TEACHER = "teacher@maplevalley.test";
const REFLECTION =
  "I previewed five words with pictures before the reading, and by the summary most students used three of them on their own.";

const run = serverAndBrowserPerFile();
const fresh = run.pagePerTest();

/** micropd.session as the signed-in page sees it (dates stay as superjson left them). */
async function sessionAsPage(sessionId: string) {
  const input = encodeURIComponent(JSON.stringify({ json: { sessionId } }));
  const response = await fresh.page.request.get(
    `${run.server.url}/trpc/micropd.session?input=${input}`,
  );
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as {
    result: { data: { json: RouterOutputs["micropd"]["session"] } };
  };
  return body.result.data.json;
}

async function signInToHome(email = TEACHER): Promise<RouterOutputs["teacher"]["home"]> {
  await fresh.page.goto("/teacher/");
  await signIn(fresh.page, email, PASSWORD);
  await fresh.page.getByRole("heading", { level: 1, name: /welcome/i }).waitFor();
  return queryAsPage(fresh.page, run.server.url, "teacher.home");
}

function nextSessionOf(home: RouterOutputs["teacher"]["home"]) {
  const next = home.enrolments[0]?.next;
  if (next?.kind !== "available") throw new Error("The demo teacher has no session open now.");
  return next.session;
}

async function stepHeading(): Promise<string> {
  return (await fresh.page.locator("#step-heading").textContent()) ?? "";
}

describe("MicroPD player", () => {
  it("takes the next session from home to completion, and the next one opens at once", async () => {
    const home = await signInToHome();
    const next = nextSessionOf(home);
    await fresh.page.getByRole("link", { name: `Start session: ${next.title}` }).click();
    await fresh.page.getByRole("heading", { level: 1, name: next.title }).waitFor();

    // The seed left the demo teacher part-way through this session: the player resumes there.
    const view = await sessionAsPage(next.id);
    const steps = view.blocks.length + 1;
    expect(view.progress.currentBlock).toBeGreaterThan(0);
    await expect(stepHeading()).resolves.toContain(
      `Step ${view.progress.currentBlock + 1} of ${steps}`,
    );
    await expectAccessible(fresh.page);

    for (let step = view.progress.currentBlock + 1; step < steps; step += 1) {
      await fresh.page.getByRole("button", { name: "Next" }).click();
      await fresh.page
        .locator("#step-heading", { hasText: `Step ${step + 1} of ${steps}` })
        .waitFor();
    }
    await expect(stepHeading()).resolves.toContain("Reflection");

    // Too short: refused, with the server's message beside the field.
    const field = fresh.page.getByRole("textbox");
    await field.fill("It went well.");
    await fresh.page.getByRole("button", { name: "Mark complete" }).click();
    const message = fresh.page.getByText("Write at least 40 characters of reflection");
    await message.waitFor();
    const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
    const messageId = await message.evaluate((node) => node.closest("[id]")?.id ?? "");
    expect(describedBy.split(" ")).toContain(messageId);
    await expect(field.getAttribute("aria-invalid")).resolves.toBe("true");
    await expectAccessible(fresh.page);

    // Nothing was saved: after a reload the session is still open, at the reflection.
    await fresh.page.reload();
    await fresh.page.locator("#step-heading", { hasText: "Reflection" }).waitFor();
    expect((await sessionAsPage(next.id)).progress.completedAt).toBeNull();

    await fresh.page.getByRole("textbox").fill(REFLECTION);
    await fresh.page.getByRole("button", { name: "Mark complete" }).click();
    await fresh.page.getByText("Session complete", { exact: true }).waitFor();
    const done = await sessionAsPage(next.id);
    expect(done.progress.completedAt).not.toBeNull();
    expect(done.progress.reflection).toBe(REFLECTION);
    expect(done.next.kind).toBe("available");
    if (done.next.kind !== "available") return;

    await fresh.page
      .getByRole("link", { name: `Start the next session: ${done.next.session.title}` })
      .click();
    await fresh.page.getByRole("heading", { level: 1, name: done.next.session.title }).waitFor();
    await expect(stepHeading()).resolves.toMatch(/^Step 1 of \d+/);
  });

  it("resumes a session at the block where the teacher left it", async () => {
    const home = await signInToHome();
    const next = nextSessionOf(home);
    await fresh.page.getByRole("link", { name: `Start session: ${next.title}` }).click();
    await fresh.page.getByRole("heading", { level: 1, name: next.title }).waitFor();
    const start = await stepHeading();
    const startAt = Number(/Step (\d+)/.exec(start)?.[1]);
    await fresh.page.getByRole("button", { name: "Next" }).click();
    const there = `Step ${startAt + 1} of`;
    await fresh.page.locator("#step-heading", { hasText: there }).waitFor();

    // Leave within the app, and come back: the same step.
    await fresh.page.getByRole("link", { name: "Home", exact: true }).click();
    await fresh.page.getByRole("heading", { level: 1, name: /welcome/i }).waitFor();
    await fresh.page.getByRole("link", { name: `Start session: ${next.title}` }).click();
    await fresh.page.locator("#step-heading", { hasText: there }).waitFor();

    // Leave the app altogether (a new browser session), and come back: still the same step.
    await fresh.renew();
    await fresh.page.goto(`/teacher/sessions/${next.id}`);
    await signIn(fresh.page, TEACHER, PASSWORD);
    await fresh.page.locator("#step-heading", { hasText: there }).waitFor();
  });

  it("refuses a session ahead of the next one with a clear message", async () => {
    // A teacher with no observation or rating yet: no gap recommends a session to her (only her
    // next session in each program may be listed), and a recommended session would open at once
    // (the individual path), so the upcoming one must not be among them.
    const home = await signInToHome("angela.rossi@maplevalley.test");
    const stageId = home.enrolments[0]?.stage.id ?? "";
    await fresh.page.goto(`/teacher/stages/${stageId}`);
    await fresh.page.getByRole("heading", { name: "MicroPD sessions" }).waitFor();
    const stage = await (async () => {
      const input = encodeURIComponent(JSON.stringify({ json: { stageId } }));
      const response = await fresh.page.request.get(
        `${run.server.url}/trpc/path.stage?input=${input}`,
      );
      return (
        (await response.json()) as { result: { data: { json: RouterOutputs["path"]["stage"] } } }
      ).result.data.json;
    })();
    const recommended = await queryAsPage<RouterOutputs["recommendations"]["mine"]>(
      fresh.page,
      run.server.url,
      "recommendations.mine",
    );
    expect(recommended.filter((item) => item.indicator !== null)).toEqual([]);
    const upcoming = stage.sessions.find((session) => session.state?.kind === "upcoming");
    expect(upcoming).toBeDefined();
    expect(recommended.map((item) => item.sessionId)).not.toContain(upcoming?.id);
    await fresh.page.goto(`/teacher/sessions/${upcoming?.id ?? ""}`);
    await fresh.page
      .getByRole("heading", { level: 1, name: "This session is not open to you yet" })
      .waitFor();
    await fresh.page.getByText(/Sessions open one after another/).waitFor();
    await expectAccessible(fresh.page);
  });
});

describe("stage page", () => {
  it("shows the current stage as a picture, with the workshop, what remains and every session", async () => {
    const home = await signInToHome();
    const enrolment = home.enrolments[0];
    await fresh.page.getByRole("link", { name: "My path" }).click();
    await fresh.page.getByRole("heading", { name: "MicroPD sessions" }).waitFor();
    await expect(fresh.page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain(
      enrolment?.stage.title ?? "",
    );
    await fresh.page.getByRole("img", { name: /MicroPD sessions complete/ }).waitFor();
    await fresh.page.getByRole("heading", { name: "Introductory workshop" }).waitFor();
    await fresh.page.getByRole("heading", { name: "What remains" }).waitFor();
    const sessions = fresh.page
      .getByRole("list", { name: "MicroPD sessions" })
      .getByRole("listitem");
    await expect(sessions.count()).resolves.toBe(enrolment?.sessionsTotal);
    await expectAccessible(fresh.page);

    // From the path on the home page, a stage the teacher is not enrolled in is a preview.
    await fresh.page.getByRole("link", { name: "Home", exact: true }).click();
    const later = home.stages.at(-1);
    await fresh.page
      .getByRole("link", { name: `Stage ${later?.position} details: ${later?.title}` })
      .click();
    await fresh.page.getByText("You are not enrolled in this stage yet").waitFor();
    await expectAccessible(fresh.page);
  });
});
