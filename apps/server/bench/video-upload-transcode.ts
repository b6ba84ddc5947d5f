/**
 * Classroom video, timed: a generated 720p lesson (5 minutes unless BENCH_VIDEO_SECONDS says
 * otherwise, with sound) is uploaded through the resumable upload route in the page's 8 MB
 * requests, then transcoded by the worker's step (ffmpeg, H.264/AAC at most 720 lines, a
 * poster). Prints the upload throughput and the transcode time. Not part of the tests; run with
 * `cd apps/server && npx tsx bench/video-upload-transcode.ts` (ffmpeg on the PATH);
 * `BENCH_VIDEO_STORE=s3` times the object-storage store against a local s3rver instead.
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SECONDS = Number(process.env.BENCH_VIDEO_SECONDS ?? 300);
const CHUNK = 8 * 1024 * 1024;

// The test database helper reads TEST_DATABASE_URL; a bench run names the server as DATABASE_URL.
if (process.env.DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
const { createTestApi, TEST_PUBLIC_URL } = await import("@throughline/api/testing/test-api");
const { createServerApp } = await import("../src/app.ts");
const { testServerDeps } = await import("../src/testing/test-server.ts");
const { processVideos } = await import("../src/video/process-videos.ts");
const { LocalVideoStore } = await import("../src/video/local-video-store.ts");
const { S3VideoStore } = await import("../src/video/s3-video-store.ts");
const { startTestS3Server } = await import("../src/testing/s3-test-server.ts");
// BENCH_VIDEO_STORE=s3: the bucket store against a local S3-protocol server (s3rver).
const s3 = process.env.BENCH_VIDEO_STORE === "s3" ? await startTestS3Server() : null;

const dataDir = await mkdtemp(join(tmpdir(), "throughline-video-bench-"));
const api = await createTestApi();
try {
  const source = join(dataDir, "lesson.mp4");
  let started = performance.now();
  // A phone-like recording: 720p at 30 frames a second, about 5 Mbit/s, with a tone for sound.
  execFileSync("ffmpeg", [
    "-v",
    "error",
    "-y",
    "-f",
    "lavfi",
    "-i",
    `testsrc2=size=1280x720:rate=30:duration=${SECONDS}`,
    "-f",
    "lavfi",
    "-i",
    `sine=frequency=440:duration=${SECONDS}`,
    "-c:v",
    "libx264",
    "-preset",
    "ultrafast",
    "-b:v",
    "5M",
    "-c:a",
    "aac",
    "-shortest",
    source,
  ]);
  const size = (await stat(source)).size;
  console.log(
    `generated ${SECONDS} s of 720p, ${(size / 1e6).toFixed(1)} MB, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const store = s3 ? new S3VideoStore(s3.config) : new LocalVideoStore(dataDir);
  await store.prepare();
  console.log(`video store: ${store.kind}`);
  const app = await createServerApp(
    testServerDeps(api, api.auth, { videos: { store, ffmpeg: true } }),
  );
  const cookie = await api.sessionCookieFor("teacher@maplevalley.test");
  const headers = { "Tus-Resumable": "1.0.0", origin: TEST_PUBLIC_URL, cookie };
  const bytes = new Uint8Array(await readFile(source));

  started = performance.now();
  const created = await app.request("/files/videos/uploads", {
    method: "POST",
    headers: {
      ...headers,
      "Upload-Length": String(size),
      "Upload-Metadata": `title ${btoa("Bench lesson")}`,
    },
  });
  const path = (created.headers.get("Location") ?? "").replace(
    /^.*\/files\/videos/,
    "/files/videos",
  );
  for (let offset = 0; offset < size; offset += CHUNK) {
    const answer = await app.request(path, {
      method: "PATCH",
      headers: {
        ...headers,
        "Upload-Offset": String(offset),
        "Content-Type": "application/offset+octet-stream",
      },
      body: bytes.subarray(offset, Math.min(size, offset + CHUNK)),
    });
    if (answer.status >= 300)
      throw new Error(`upload refused: ${answer.status} ${await answer.text()}`);
  }
  const uploadSeconds = (performance.now() - started) / 1000;
  console.log(
    `upload     ${uploadSeconds.toFixed(2)} s, ${(size / 1e6 / uploadSeconds).toFixed(1)} MB/s in ${Math.ceil(size / CHUNK)} requests of 8 MB`,
  );

  started = performance.now();
  const report = await processVideos(
    { db: api.db, store, ffmpeg: true },
    () => new Date(),
    (error) => {
      throw error;
    },
  );
  const transcodeSeconds = (performance.now() - started) / 1000;
  console.log(
    `transcode  ${transcodeSeconds.toFixed(1)} s (${(SECONDS / transcodeSeconds).toFixed(1)}× real time), ${report.ready} ready, ${report.failed} failed`,
  );
} finally {
  await api.close();
  await s3?.close();
  await rm(dataDir, { recursive: true, force: true });
}
