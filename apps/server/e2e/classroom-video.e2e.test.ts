import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { screenshotAtBothWidths } from "./screenshots.ts";

/*
 * Classroom video from the phone to the action plan: a teacher records (uploads) a lesson on a
 * phone, the connection drops mid-upload and the upload resumes where it stopped, the worker
 * transcodes it and it plays and seeks; she shares it with her coach, who comments at two
 * moments tagged with indicators; she replies and makes a clip that becomes evidence for a
 * step of her action plan. Her principal cannot open it until she shares it with him.
 */

const run = serverAndBrowserPerFile();
const shots = process.env.VIDEO_SCREENSHOTS;
const TEACHER = "teacher@maplevalley.test";
const COACH = "coach@maplevalley.test";
const PRINCIPAL = "principal@maplevalley.test";
const CHUNK = 8 * 1024 * 1024;
const TITLE = "Fractions mini-lesson";

let folder = "";
let lesson = "";
let videoPath = "";

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "throughline-video-e2e-"));
  lesson = join(folder, "lesson.mp4");
  // Ten seconds of 720p with sound, lossless so the file spans three 8 MB upload requests.
  execFileSync("ffmpeg", [
    "-v",
    "error",
    "-y",
    "-f",
    "lavfi",
    "-i",
    "testsrc2=size=1280x720:rate=25",
    "-f",
    "lavfi",
    "-i",
    "sine=frequency=440",
    "-t",
    "10",
    "-c:v",
    "libx264",
    "-preset",
    "ultrafast",
    "-qp",
    "0",
    "-pix_fmt",
    "yuv420p",
    "-c:a",
    "aac",
    "-shortest",
    lesson,
  ]);
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** The player's video after seeking to `seconds`: where it is and how long it is. */
async function seekTo(page: Page, seconds: number) {
  return page.locator("video").evaluate(async (video: HTMLVideoElement, at: number) => {
    if (video.readyState < 1) {
      await new Promise((resolve) =>
        video.addEventListener("loadedmetadata", resolve, { once: true }),
      );
    }
    const seeked = new Promise((resolve) =>
      video.addEventListener("seeked", resolve, { once: true }),
    );
    video.currentTime = at;
    await seeked;
    return { at: video.currentTime, duration: video.duration };
  }, seconds);
}

it("a teacher uploads on a phone; a dropped connection resumes; the video plays and seeks", async () => {
  const { page } = await run.signedIn("teacher", TEACHER, {
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  await page.goto("/teacher/videos");
  await page.getByRole("heading", { name: "Classroom video", level: 1 }).waitFor();
  const picker = page.getByLabel("Video", { exact: true });
  expect(await picker.getAttribute("accept")).toBe("video/*");
  expect(await picker.getAttribute("capture")).toBe("environment");
  await expectAccessible(page);

  // The second request of bytes is cut off, as a school's Wi-Fi drops.
  const offsets: string[] = [];
  let heads = 0;
  let patches = 0;
  await page.route(/\/files\/videos\/uploads\/.+/, async (route) => {
    const request = route.request();
    if (request.method() === "HEAD") heads += 1;
    if (request.method() !== "PATCH") return route.continue();
    patches += 1;
    if (patches === 2) return route.abort("connectionreset");
    offsets.push((await request.headerValue("upload-offset")) ?? "");
    return route.continue();
  });
  await picker.setInputFiles(lesson);
  await page.getByLabel("Title").fill(TITLE);
  await page.getByRole("button", { name: "Upload video" }).click();
  await page.waitForURL(/\/teacher\/videos\/[0-9a-f-]{36}$/, { timeout: 60_000 });
  videoPath = new URL(page.url()).pathname.replace("/teacher", "");
  // It asked the server where the upload stood and went on from there, not from the start.
  expect(heads).toBeGreaterThan(0);
  expect(offsets).toEqual(["0", String(CHUNK), String(2 * CHUNK)]);

  await page.getByRole("heading", { name: TITLE }).waitFor();
  await page.locator("video").waitFor({ timeout: 90_000 });
  const seeked = await seekTo(page, 6);
  expect(seeked.duration).toBeGreaterThan(9);
  expect(seeked.at).toBeCloseTo(6, 0);
  await expectAccessible(page);
  await screenshotAtBothWidths(page, "video-teacher-new", {
    folder: shots,
    viewport: { width: 390, height: 844 },
  });

  // The principal cannot open it: it is private until shared.
  const principal = await run.signedIn("admin", PRINCIPAL);
  const before = await principal.page.request.get(`/files${videoPath}/play`, {
    headers: { Range: "bytes=0-99" },
  });
  expect(before.status()).toBe(404);

  await page.getByLabel("Share with").selectOption({ label: "Janelle Brooks (coach)" });
  await page.getByRole("checkbox", { name: /^I confirm/ }).check();
  await page.getByRole("button", { name: "Share video" }).click();
  await page.getByRole("button", { name: "Stop sharing with Janelle Brooks" }).waitFor();
  const stillHidden = await principal.page.request.get(`/files${videoPath}/play`);
  expect(stillHidden.status()).toBe(404);
});

it("the coach comments at two moments, each tagged with an indicator and level", async () => {
  const { page } = await run.signedIn("coach", COACH);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Video" }).click();
  await page.getByRole("link", { name: new RegExp(TITLE) }).click();
  await page.getByRole("heading", { name: TITLE }).waitFor();
  await page.locator("video").waitFor();
  const comment = page.getByRole("form", { name: "Add a comment" });
  const timeline = page.getByRole("list", { name: "Comments by moment" });
  for (const [moment, text, indicator] of [
    ["0:02", "Clear learning target on the board", 1],
    ["0:07", "Students explain their thinking to a partner", 2],
  ] as const) {
    await comment.getByLabel("At", { exact: true }).fill(moment);
    await comment.getByLabel("Comment", { exact: true }).fill(text);
    await comment.getByLabel("Indicator (optional)").selectOption({ index: indicator });
    await comment.getByLabel("Level (optional)").selectOption({ index: 2 });
    await comment.getByRole("button", { name: "Add comment" }).click();
    await timeline.getByRole("button", { name: `Play from ${moment}` }).waitFor();
    await timeline.getByText(text).waitFor();
  }
  await expect(
    timeline.getByRole("button", { name: /^Play from/ }).allTextContents(),
  ).resolves.toEqual(["0:02", "0:07"]);
  // A moment seeks the player.
  await timeline.getByRole("button", { name: "Play from 0:07" }).click();
  await expect
    .poll(() =>
      page.locator("video").evaluate((video: HTMLVideoElement) => Math.round(video.currentTime)),
    )
    .toBeGreaterThanOrEqual(7);
  await page.locator("video").evaluate((video: HTMLVideoElement) => video.pause());
  await expectAccessible(page);
  await screenshotAtBothWidths(page, "video-coach", { folder: shots });
});

it("the teacher replies, and her clip becomes evidence for her action-plan step", async () => {
  const { page } = await run.signedIn("teacher", TEACHER);
  await page.goto(`/teacher${videoPath}`);
  await page.getByRole("heading", { name: TITLE }).waitFor();
  await page.getByRole("button", { name: "Reply to Janelle Brooks" }).first().click();
  await page
    .getByLabel("Reply to Janelle Brooks")
    .fill("Thank you, I will keep the target up all lesson.");
  await page.getByRole("button", { name: "Send reply" }).click();
  const replies = page.getByRole("list", { name: "Replies" });
  await replies.getByText("Thank you, I will keep the target up all lesson.").waitFor();

  const clip = page.getByRole("form", { name: "Make a clip" });
  await clip.getByLabel("Clip name").fill("Turn and talk");
  await clip.getByLabel("Start", { exact: true }).fill("0:02");
  await clip.getByLabel("End", { exact: true }).fill("0:07");
  await clip.getByRole("button", { name: "Make clip" }).click();
  const evidence = page.getByLabel("Use “Turn and talk” as evidence for");
  await evidence.selectOption({ index: 1 });
  const step = (await evidence.locator("option:checked").textContent()) ?? "";
  await page.getByRole("button", { name: "Add as evidence" }).click();
  await page.getByText(`Evidence for: ${step}`).waitFor();
  await expectAccessible(page);
  await screenshotAtBothWidths(page, "video-teacher-review", { folder: shots });
});

it("the principal sees it once the teacher shares it with him by name, and no longer once revoked", async () => {
  const teacher = await run.signedIn("teacher", TEACHER);
  await teacher.page.goto(`/teacher${videoPath}`);
  await teacher.page.getByLabel("Share with").selectOption({ label: "Robert Okafor (principal)" });
  await teacher.page.getByRole("checkbox", { name: /^I confirm/ }).check();
  await teacher.page.getByRole("button", { name: "Share video" }).click();
  await teacher.page.getByRole("button", { name: "Stop sharing with Robert Okafor" }).waitFor();

  const principal = await run.signedIn("admin", PRINCIPAL);
  const shared = await principal.page.request.get(`/files${videoPath}/play`, {
    headers: { Range: "bytes=0-99" },
  });
  expect(shared.status()).toBe(206);
  await teacher.page.getByRole("button", { name: "Stop sharing with Robert Okafor" }).click();
  await teacher.page
    .getByRole("button", { name: "Stop sharing with Robert Okafor" })
    .waitFor({ state: "detached" });
  expect((await principal.page.request.get(`/files${videoPath}/play`)).status()).toBe(404);
});
