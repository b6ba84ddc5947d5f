import { execFileSync } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestApi, TEST_PUBLIC_URL, type TestApi } from "@throughline/api/testing/test-api";
import { videosOwnedBy } from "@throughline/db/queries/video/videos";
import { withTenant } from "@throughline/db/tenant";
import { membershipFor } from "@throughline/db/testing";
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServerApp } from "../app.ts";
import { startTestS3Server, type TestS3Server } from "../testing/s3-test-server.ts";
import { testServerDeps } from "../testing/test-server.ts";
import { processVideos } from "./process-videos.ts";
import { S3VideoStore } from "./s3-video-store.ts";

/*
 * Classroom videos in object storage, against a real S3-protocol server (s3rver, taught the
 * ListParts call it lacks): a resumable upload in two requests becomes a multipart upload of two
 * parts, the worker transcodes from the bucket, playback reads byte ranges from it, and the
 * teacher's delete and the retention sweep remove the objects.
 */

const MARIA = "teacher@maplevalley.test";
const MiB = 1024 ** 2;

let api: TestApi;
let s3: TestS3Server;
let store: S3VideoStore;
let app: Hono;
let work: string;
let sample: Uint8Array<ArrayBuffer>;
let cookie = "";

beforeAll(async () => {
  api = await createTestApi();
  s3 = await startTestS3Server();
  store = new S3VideoStore(s3.config);
  app = await createServerApp(testServerDeps(api, api.auth, { videos: { store, ffmpeg: true } }));
  work = await mkdtemp(join(tmpdir(), "throughline-s3-video-test-"));
  // Lossless noise, so four seconds come to more than one 8 MB part.
  const file = join(work, "lesson.mp4");
  execFileSync("ffmpeg", [
    ...["-v", "error", "-y", "-f", "lavfi"],
    ...["-i", "testsrc=size=640x360:rate=15,noise=alls=40:allf=t+u"],
    ...["-f", "lavfi", "-i", "sine=frequency=440", "-t", "4"],
    ...["-c:v", "libx264", "-preset", "ultrafast", "-qp", "0", "-pix_fmt", "yuv420p"],
    ...["-c:a", "aac", "-shortest", file],
  ]);
  sample = new Uint8Array(await readFile(file));
  cookie = await api.sessionCookieFor(MARIA);
}, 60_000);

afterAll(async () => {
  await api?.close();
  await s3?.close();
  await rm(work, { recursive: true, force: true });
});

function tus(path: string, method: string, headers: Record<string, string>, body?: Uint8Array) {
  return app.request(`/files/videos${path}`, {
    method,
    headers: { "Tus-Resumable": "1.0.0", origin: TEST_PUBLIC_URL, cookie, ...headers },
    body: body as Uint8Array<ArrayBuffer> | undefined,
  });
}

/** Uploads the sample in two requests (the first cut after `cut` bytes); answers the video id. */
async function uploadInTwo(title: string, cut: number): Promise<string> {
  const created = await tus("/uploads", "POST", {
    "Upload-Length": String(sample.length),
    "Upload-Metadata": `title ${btoa(title)}`,
  });
  expect(created.status).toBe(201);
  const path = (created.headers.get("Location") ?? "").replace(/^.*\/files\/videos/, "");
  expect(path).toMatch(/^\/uploads\/[0-9a-f]{32}$/);
  const bytes = { "Content-Type": "application/offset+octet-stream" };
  const first = await tus(
    path,
    "PATCH",
    { ...bytes, "Upload-Offset": "0" },
    sample.subarray(0, cut),
  );
  expect(first.status).toBe(204);
  // The connection drops; the page asks where the upload stands and sends the rest.
  const head = await tus(path, "HEAD", {});
  expect(head.headers.get("Upload-Offset")).toBe(String(cut));
  const rest = sample.subarray(cut);
  const done = await tus(path, "PATCH", { ...bytes, "Upload-Offset": String(cut) }, rest);
  expect(done.status).toBe(200);
  return (JSON.parse(await done.text()) as { videoId: string }).videoId;
}

async function mariasVideos() {
  const { districtId, personId } = await membershipFor(api.db, MARIA);
  return withTenant(api.db, districtId, (tx) => videosOwnedBy(tx, personId));
}

const failOnError = (error: unknown) => {
  throw error;
};

/** Temporary folders the worker makes on this machine. */
async function workerTemporaries(): Promise<string[]> {
  return (await readdir(tmpdir())).filter((name) => name.startsWith("throughline-video-"));
}

describe("videos in object storage", () => {
  let videoId = "";

  it("resume an upload in two requests into one object in the bucket", async () => {
    expect(sample.length).toBeGreaterThan(9 * MiB);
    // 9 MB first: one full 8 MB part, the rest kept beside it until the second request.
    videoId = await uploadInTwo("Read-aloud", 9 * MiB);
    const [video] = await mariasVideos();
    expect(video).toMatchObject({ id: videoId, status: "processing", sizeBytes: sample.length });
    const original = video?.originalKey ?? "";
    expect(await store.sizeOf(original)).toBe(sample.length);
    const stored = await store.withLocalFile(original, (file) => readFile(file));
    expect(Buffer.compare(stored, Buffer.from(sample))).toBe(0);
  });

  it("are transcoded from the bucket, with no temporary file left", async () => {
    const before = await workerTemporaries();
    const report = await processVideos(
      { db: api.db, store, ffmpeg: true },
      () => new Date(),
      failOnError,
    );
    expect(report).toMatchObject({ ready: 1, failed: 0 });
    const [video] = await mariasVideos();
    expect(video).toMatchObject({ status: "ready", playableKey: `made/${videoId}.mp4` });
    expect(await store.sizeOf(`made/${videoId}.mp4`)).toBeGreaterThan(0);
    expect(await store.sizeOf(`made/${videoId}.jpg`)).toBeGreaterThan(0);
    expect(await workerTemporaries()).toEqual(before);
  });

  it("play the asked byte range from the bucket, to the video's viewers only", async () => {
    const playable = await store.withLocalFile(`made/${videoId}.mp4`, (file) => readFile(file));
    const part = await app.request(`/files/videos/${videoId}/play`, {
      headers: { cookie, Range: "bytes=1000-1999" },
    });
    expect(part.status).toBe(206);
    expect(part.headers.get("Content-Range")).toBe(`bytes 1000-1999/${playable.length}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(playable.subarray(1000, 2000));
    const stranger = await app.request(`/files/videos/${videoId}/play`, {
      headers: { cookie: await api.sessionCookieFor("coach@maplevalley.test"), Range: "bytes=0-" },
    });
    expect(stranger.status).toBe(404);
  });

  it("are removed from the bucket when the teacher deletes one", async () => {
    const [video] = await mariasVideos();
    const keys = [video?.originalKey, video?.playableKey, video?.posterKey].map((k) => k ?? "");
    const removed = await app.request(`/files/videos/${videoId}`, {
      method: "DELETE",
      headers: { cookie, origin: TEST_PUBLIC_URL },
    });
    expect(removed.status).toBe(204);
    for (const key of [...keys, `${keys[0]}.info`]) expect(await store.sizeOf(key)).toBeNull();
  });

  it("are removed from the bucket past the district's retention", async () => {
    await uploadInTwo("Kept a year", 2 * MiB);
    await processVideos({ db: api.db, store, ffmpeg: true }, () => new Date(), failOnError);
    const [video] = await mariasVideos();
    const keys = [video?.originalKey, video?.playableKey, video?.posterKey].map((k) => k ?? "");
    for (const key of keys) expect(await store.sizeOf(key)).toBeGreaterThan(0);
    const deleteAfter = video?.deleteAfter?.getTime() ?? 0;
    const report = await processVideos(
      { db: api.db, store, ffmpeg: true },
      () => new Date(deleteAfter),
      failOnError,
    );
    expect(report.expiredFiles).toBe(3);
    expect(await mariasVideos()).toEqual([]);
    for (const key of [...keys, `${keys[0]}.info`]) expect(await store.sizeOf(key)).toBeNull();
  });
});
