import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { APIRequestContext, Locator } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { screenshotAtBothWidths } from "./screenshots.ts";
import { signedInClient } from "./signed-in-client.ts";

/*
 * A clip of a classroom video outside its video: the teacher brings it to her team's support
 * meeting and her coach plays it in the meeting room (the segment only; the principal, who
 * only looks on, gets nothing); then she adds it to a micro-credential submission and a
 * reviewer plays it while reviewing.
 */

const run = serverAndBrowserPerFile();
const shots = process.env.VIDEO_SCREENSHOTS;
const TEACHER = "teacher@maplevalley.test";
const COACH = "coach@maplevalley.test";
const PRINCIPAL = "principal@maplevalley.test";
const REVIEWER = "leah.whitfield@maplevalley.test";
const TITLE = "Partner talk lesson";
const CLIP = "Turn and talk";

let folder = "";
let lesson = "";
let videoId = "";
const clients: APIRequestContext[] = [];
const keep = (client: APIRequestContext) => clients.push(client);

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "throughline-clip-e2e-"));
  lesson = join(folder, "lesson.mp4");
  execFileSync("ffmpeg", [
    "-v",
    "error",
    "-y",
    "-f",
    "lavfi",
    "-i",
    "testsrc2=size=320x240:rate=25",
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
    "-pix_fmt",
    "yuv420p",
    "-c:a",
    "aac",
    "-shortest",
    lesson,
  ]);
});

afterAll(async () => {
  for (const client of clients) await client.dispose();
  await rm(folder, { recursive: true, force: true });
});

/** Plays the clip's player muted until it stops by itself; where it started and stopped. */
async function playThrough(video: Locator) {
  return video.evaluate(async (element: HTMLVideoElement) => {
    if (element.readyState < 1) {
      await new Promise((resolve) =>
        element.addEventListener("loadedmetadata", resolve, { once: true }),
      );
    }
    element.muted = true;
    await element.play();
    const startedAt = element.currentTime;
    await new Promise((resolve) => element.addEventListener("pause", resolve, { once: true }));
    return { startedAt, stoppedAt: element.currentTime };
  });
}

it("the teacher brings a clip to her team's meeting and the coach plays it in the room", async () => {
  const { page } = await run.signedIn("teacher", TEACHER);
  await page.goto("/teacher/videos");
  await page.getByLabel("Video", { exact: true }).setInputFiles(lesson);
  await page.getByLabel("Title").fill(TITLE);
  await page.getByRole("button", { name: "Upload video" }).click();
  await page.waitForURL(/\/teacher\/videos\/[0-9a-f-]{36}$/, { timeout: 60_000 });
  videoId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
  await page.locator("video").waitFor({ timeout: 90_000 });

  const clip = page.getByRole("form", { name: "Make a clip" });
  await clip.getByLabel("Clip name").fill(CLIP);
  await clip.getByLabel("Start", { exact: true }).fill("0:02");
  await clip.getByLabel("End", { exact: true }).fill("0:05");
  await clip.getByRole("button", { name: "Make clip" }).click();
  await page.getByLabel(`Bring “${CLIP}” to a meeting`).selectOption({ index: 1 });
  await page.getByRole("button", { name: "Bring to meeting" }).click();
  await page.getByText(/^In the meeting:/).waitFor();
  // The video itself is still hers alone; the sharing card says who sees the clip.
  await page
    .getByText("Only you can see the whole video. One clip is in a support meeting", {
      exact: false,
    })
    .waitFor();
  await expectAccessible(page);
  await screenshotAtBothWidths(page, "clip-teacher-video", { folder: shots });

  const maria = await signedInClient(run.server.url, TEACHER, keep);
  const review = await maria.query<{ clips: { meetings: { meetingId: string }[] }[] }>(
    "video.get",
    { videoId },
  );
  const meetingId = review.clips[0]?.meetings[0]?.meetingId ?? "";

  const coach = await run.signedIn("coach", COACH);
  await coach.page.goto(`/coach/meetings/${meetingId}`);
  const card = coach.page.getByRole("list", { name: "Video clips" });
  await card.getByText(`${CLIP} · 0:02–0:05`).waitFor();
  // The segment only: it opens at the clip's start and stops at its end.
  const played = await playThrough(card.locator("video"));
  expect(played.startedAt).toBeGreaterThanOrEqual(1.9);
  expect(played.stoppedAt).toBeGreaterThanOrEqual(4.5);
  expect(played.stoppedAt).toBeLessThanOrEqual(5.3);
  await expectAccessible(coach.page);
  await screenshotAtBothWidths(coach.page, "clip-meeting-room", { folder: shots });

  // The principal looks on: neither the clip nor its video.
  const principal = await signedInClient(run.server.url, PRINCIPAL, keep);
  expect(await principal.query<unknown[]>("video.meetingClips", { meetingId })).toEqual([]);
  const bytes = await principal.client.get(`/files/videos/${videoId}/play`);
  expect(bytes.status()).toBe(404);
});

it("the teacher adds the clip to a submission and a reviewer plays it", async () => {
  const maria = await signedInClient(run.server.url, TEACHER, keep);
  const open =
    await maria.query<
      Array<{
        credentialId: string;
        requirements: Array<{ key: string; kind: string; minItems: number; minWords: number }>;
      }>
    >("credentials.list");
  const credential = open.find((entry) =>
    entry.requirements.some((requirement) => requirement.kind === "link"),
  );
  if (!credential) throw new Error("No credential with a link requirement is open to Maria.");
  const { submissionId } = await maria.mutate<{ submissionId: string }>("credentials.start", {
    credentialId: credential.credentialId,
  });

  const { page } = await run.signedIn("teacher", TEACHER);
  await page.goto(`/teacher/credentials/${credential.credentialId}/submission`);
  // The lesson-video requirement takes it, as it would take a link to a recording.
  await page.getByLabel("Add a clip of your classroom video").last().selectOption({ index: 1 });
  await page.getByRole("button", { name: "Add clip" }).last().click();
  await page.getByRole("button", { name: `Remove “${CLIP}”` }).waitFor();
  await expectAccessible(page);
  await screenshotAtBothWidths(page, "clip-submission", { folder: shots });

  // The rest of the evidence, as the apps send it, then it goes for review.
  for (const requirement of credential.requirements) {
    if (requirement.kind === "files") {
      for (let item = 0; item < requirement.minItems; item += 1) {
        const upload = await maria.client.post(
          `/files/submission-evidence?requirementKey=${encodeURIComponent(requirement.key)}`,
          {
            multipart: {
              submissionId,
              file: {
                name: `evidence-${item + 1}.pdf`,
                mimeType: "application/pdf",
                buffer: Buffer.from("%PDF-1.4\n% classroom evidence\n"),
              },
            },
          },
        );
        expect(upload.ok()).toBe(true);
        const { itemId } = (await upload.json()) as { itemId: string };
        await maria.mutate("credentials.updateEvidence", {
          itemId,
          annotation: "What this shows about the standard.",
        });
      }
    } else if (requirement.kind === "reflection") {
      const words = Array.from({ length: requirement.minWords + 5 }, (_, i) => `word${i}`);
      await maria.mutate("credentials.addEvidence", {
        submissionId,
        requirementKey: requirement.key,
        source: "text",
        text: words.join(" "),
      });
    } else {
      await maria.mutate("credentials.addEvidence", {
        submissionId,
        requirementKey: requirement.key,
        source: "link",
        url: "https://video.example.org/lesson",
      });
    }
  }
  await maria.mutate("credentials.submit", { submissionId });

  const reviewer = await run.signedIn("coach", REVIEWER);
  await reviewer.page.goto(`/coach/reviews/${submissionId}`);
  const clips = reviewer.page.getByRole("list", { name: "Video clips" });
  await clips.getByText(`${CLIP} · 0:02–0:05`).waitFor();
  const played = await playThrough(clips.locator("video"));
  expect(played.startedAt).toBeGreaterThanOrEqual(1.9);
  expect(played.stoppedAt).toBeLessThanOrEqual(5.3);
  // The clip names no one (the page itself follows the district's blind-review setting).
  await expect(clips.getByText(/Maria|Delgado/).count()).resolves.toBe(0);
  await expectAccessible(reviewer.page);
  await screenshotAtBothWidths(reviewer.page, "clip-review", { folder: shots });
});
