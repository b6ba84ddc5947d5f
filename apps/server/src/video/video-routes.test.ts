import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestApi, TEST_PUBLIC_URL, type TestApi } from "@throughline/api/testing/test-api";
import { shareVideo } from "@throughline/db/queries/video/video-shares";
import { videosOwnedBy } from "@throughline/db/queries/video/videos";
import { withTenant } from "@throughline/db/tenant";
import { membershipFor } from "@throughline/db/testing";
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServerApp } from "../app.ts";
import { testServerDeps } from "../testing/test-server.ts";
import { LocalVideoStore } from "./local-video-store.ts";
import { processVideos } from "./process-videos.ts";

/*
 * The video routes as a browser reaches them: a resumable upload that is cut off and resumed,
 * the checks at creation (signed in, within the district's limit) and at the end (a video by
 * its content), the worker's transcode, range playback only to those the access rule lets
 * watch, the teacher's delete and the retention sweep, both with the files.
 */

const MARIA = "teacher@maplevalley.test";
const JANELLE = "coach@maplevalley.test";
const ROBERT = "principal@maplevalley.test";

let api: TestApi;
let app: Hono;
let dataDir: string;
let store: LocalVideoStore;
let sample: Uint8Array<ArrayBuffer>;
const cookies = new Map<string, string>();

beforeAll(async () => {
  api = await createTestApi();
  dataDir = await mkdtemp(join(tmpdir(), "throughline-video-test-"));
  store = new LocalVideoStore(dataDir);
  await store.prepare();
  app = await createServerApp(testServerDeps(api, api.auth, { videos: { store, ffmpeg: true } }));
  const file = join(dataDir, "lesson.mp4");
  execFileSync("ffmpeg", [
    "-v",
    "error",
    "-y",
    "-f",
    "lavfi",
    "-i",
    "testsrc=size=320x240:rate=15",
    "-f",
    "lavfi",
    "-i",
    "sine=frequency=440",
    "-t",
    "4",
    "-c:v",
    "libx264",
    "-pix_fmt",
    "yuv420p",
    "-c:a",
    "aac",
    "-shortest",
    file,
  ]);
  sample = new Uint8Array(await readFile(file));
  for (const email of [MARIA, JANELLE, ROBERT])
    cookies.set(email, await api.sessionCookieFor(email));
}, 60_000);

afterAll(async () => {
  await api?.close();
  await rm(dataDir, { recursive: true, force: true });
});

function tus(
  email: string | null,
  path: string,
  init: { method: string; headers?: Record<string, string>; body?: Uint8Array<ArrayBuffer> },
) {
  const headers: Record<string, string> = {
    "Tus-Resumable": "1.0.0",
    origin: TEST_PUBLIC_URL,
    ...init.headers,
  };
  const cookie = email ? cookies.get(email) : undefined;
  if (cookie) headers.cookie = cookie;
  return app.request(`/files/videos${path}`, { method: init.method, headers, body: init.body });
}

async function createUpload(email: string | null, size: number, title = "Read-aloud") {
  return tus(email, "/uploads", {
    method: "POST",
    headers: { "Upload-Length": String(size), "Upload-Metadata": `title ${btoa(title)}` },
  });
}

function patch(email: string, location: string, offset: number, bytes: Uint8Array<ArrayBuffer>) {
  return tus(email, location.replace(/^.*\/files\/videos/, ""), {
    method: "PATCH",
    headers: { "Upload-Offset": String(offset), "Content-Type": "application/offset+octet-stream" },
    body: bytes,
  });
}

async function mariasVideos() {
  const { districtId, personId } = await membershipFor(api.db, MARIA);
  return withTenant(api.db, districtId, (tx) => videosOwnedBy(tx, personId));
}

describe("uploads", () => {
  it("need a signed-in person and a size within the district's limit", async () => {
    expect((await createUpload(null, 1000)).status).toBe(401);
    const tooLarge = await createUpload(MARIA, 3 * 1024 ** 3);
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.text()).toBe("This video is larger than your district's limit of 2 GB.");
  });

  it("resume where a dropped connection stopped, and only for the person who started them", async () => {
    const created = await createUpload(MARIA, sample.length);
    expect(created.status).toBe(201);
    const location = created.headers.get("Location") ?? "";
    const half = Math.floor(sample.length / 2);
    expect((await patch(MARIA, location, 0, sample.subarray(0, half))).status).toBe(204);
    // The connection drops; the page asks where the upload stands, as tus-js-client does.
    const path = location.replace(/^.*\/files\/videos/, "");
    expect((await tus(JANELLE, path, { method: "HEAD" })).status).toBe(404);
    const head = await tus(MARIA, path, { method: "HEAD" });
    expect(head.headers.get("Upload-Offset")).toBe(String(half));
    expect((await patch(JANELLE, location, half, sample.subarray(half))).status).toBe(404);
    const done = await patch(MARIA, location, half, sample.subarray(half));
    expect(done.status).toBe(200);
    const { videoId } = JSON.parse(await done.text()) as { videoId: string };
    const [video] = await mariasVideos();
    expect(video).toMatchObject({
      id: videoId,
      title: "Read-aloud",
      status: "processing",
      contentType: "video/mp4",
    });
  });

  it("are refused by their content when they are not a video, whatever their name", async () => {
    const pdf = new TextEncoder().encode("%PDF-1.7\n".padEnd(4096, "x"));
    const created = await createUpload(MARIA, pdf.length, "lesson.mp4");
    const refused = await patch(MARIA, created.headers.get("Location") ?? "", 0, pdf);
    expect(refused.status).toBe(415);
    expect(await refused.text()).toBe(
      "This file is not a video we can take. Upload an MP4, MOV or WebM video.",
    );
    expect((await mariasVideos()).map((video) => video.title)).not.toContain("lesson.mp4");
  });
});

describe("after the worker", () => {
  let videoId = "";

  it("plays transcoded with range requests, only to those the video is shared with", async () => {
    const report = await processVideos(
      { db: api.db, store, ffmpeg: true },
      () => new Date(),
      (error) => {
        throw error;
      },
    );
    expect(report.ready).toBe(1);
    const [video] = await mariasVideos();
    if (!video) throw new Error("Maria's video is recorded.");
    videoId = video.id;
    expect(video).toMatchObject({ status: "ready", playableKey: `made/${video.id}.mp4` });
    expect(video.durationSeconds).toBeGreaterThan(3);

    const play = (email: string, range?: string) =>
      app.request(`/files/videos/${videoId}/play`, {
        headers: { cookie: cookies.get(email) ?? "", ...(range ? { Range: range } : {}) },
      });
    const part = await play(MARIA, "bytes=100-199");
    expect(part.status).toBe(206);
    expect(part.headers.get("Content-Range")).toMatch(/^bytes 100-199\/\d+$/);
    expect((await part.arrayBuffer()).byteLength).toBe(100);
    const poster = await app.request(`/files/videos/${videoId}/poster`, {
      headers: { cookie: cookies.get(MARIA) ?? "" },
    });
    expect(poster.headers.get("Content-Type")).toBe("image/jpeg");

    expect((await play(JANELLE, "bytes=0-")).status).toBe(404);
    expect((await play(ROBERT, "bytes=0-")).status).toBe(404);
    const maria = await membershipFor(api.db, MARIA);
    const janelle = await membershipFor(api.db, JANELLE);
    await withTenant(api.db, maria.districtId, (tx) =>
      shareVideo(tx, {
        districtId: maria.districtId,
        videoId,
        personId: janelle.personId,
        teamId: null,
        sharedBy: maria.personId,
      }),
    );
    expect((await play(JANELLE, "bytes=0-")).status).toBe(206);
    expect((await play(ROBERT, "bytes=0-")).status).toBe(404);
  });

  it("is deleted with its files by its teacher alone", async () => {
    const files = () => ["uploads", "made"].map((dir) => existsSync(join(dataDir, "videos", dir)));
    expect(files()).toEqual([true, true]);
    const [video] = await mariasVideos();
    const keys = [video?.originalKey, video?.playableKey, video?.posterKey].map((key) =>
      store.pathOf(key ?? ""),
    );
    const remove = (email: string) =>
      app.request(`/files/videos/${videoId}`, {
        method: "DELETE",
        headers: { cookie: cookies.get(email) ?? "", origin: TEST_PUBLIC_URL },
      });
    expect((await remove(ROBERT)).status).toBe(404);
    expect((await remove(JANELLE)).status).toBe(403);
    expect(keys.every((key) => existsSync(key))).toBe(true);
    expect((await remove(MARIA)).status).toBe(204);
    expect(keys.some((key) => existsSync(key))).toBe(false);
    expect(await mariasVideos()).toEqual([]);
  });

  it("past the district's retention, is deleted with its files by the worker", async () => {
    const created = await createUpload(MARIA, sample.length, "Kept a year");
    await patch(MARIA, created.headers.get("Location") ?? "", 0, sample);
    await processVideos(
      { db: api.db, store, ffmpeg: true },
      () => new Date(),
      (error) => {
        throw error;
      },
    );
    const [video] = await mariasVideos();
    const keys = [video?.originalKey, video?.playableKey, video?.posterKey].map((key) =>
      store.pathOf(key ?? ""),
    );
    expect(keys.every((key) => existsSync(key))).toBe(true);
    // A day before its date it stays; on its date it goes.
    const deleteAfter = video?.deleteAfter?.getTime() ?? 0;
    await processVideos(
      { db: api.db, store, ffmpeg: true },
      () => new Date(deleteAfter - 86_400_000),
      (e) => {
        throw e;
      },
    );
    expect(await mariasVideos()).toHaveLength(1);
    const report = await processVideos(
      { db: api.db, store, ffmpeg: true },
      () => new Date(deleteAfter),
      (e) => {
        throw e;
      },
    );
    expect(report.expiredFiles).toBe(3);
    expect(await mariasVideos()).toEqual([]);
    expect(keys.some((key) => existsSync(key))).toBe(false);
  });
});
