import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestApi, TEST_PUBLIC_URL, type TestApi } from "@throughline/api/testing/test-api";
import { videosOwnedBy } from "@throughline/db/queries/video/videos";
import { withTenant } from "@throughline/db/tenant";
import { membershipFor } from "@throughline/db/testing";
import type { Hono } from "hono";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createServerApp } from "../app.ts";
import { testServerDeps } from "../testing/test-server.ts";
import { LocalVideoStore } from "./local-video-store.ts";
import { processVideos } from "./process-videos.ts";

/*
 * A server without ffmpeg: it takes only what browsers play as is (MP4, WebM), refuses a MOV
 * with a message saying why, and the worker serves the upload unchanged.
 */

const MARIA = "teacher@maplevalley.test";
let api: TestApi;
let app: Hono;
let dataDir: string;
let store: LocalVideoStore;
let cookie = "";

beforeAll(async () => {
  api = await createTestApi();
  dataDir = await mkdtemp(join(tmpdir(), "throughline-video-plain-"));
  store = new LocalVideoStore(dataDir);
  await store.prepare();
  app = await createServerApp(testServerDeps(api, api.auth, { videos: { store, ffmpeg: false } }));
  cookie = await api.sessionCookieFor(MARIA);
});

afterAll(async () => {
  await api?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** An upload of `bytes` in one request; the answer to its last byte. */
async function upload(bytes: Uint8Array<ArrayBuffer>, title: string) {
  const headers = { "Tus-Resumable": "1.0.0", origin: TEST_PUBLIC_URL, cookie };
  const created = await app.request("/files/videos/uploads", {
    method: "POST",
    headers: {
      ...headers,
      "Upload-Length": String(bytes.length),
      "Upload-Metadata": `title ${btoa(title)}`,
    },
  });
  const path = (created.headers.get("Location") ?? "").replace(
    /^.*\/files\/videos/,
    "/files/videos",
  );
  return app.request(path, {
    method: "PATCH",
    headers: {
      ...headers,
      "Upload-Offset": "0",
      "Content-Type": "application/offset+octet-stream",
    },
    body: bytes,
  });
}

/** The first bytes of an ISO media file of the brand, padded: enough for the content check. */
function isoMedia(brand: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(4096);
  bytes.set([0, 0, 0, 0x20, ...new TextEncoder().encode(`ftyp${brand}`)]);
  return bytes;
}

it("refuses a MOV, takes an MP4 and serves it as uploaded", async () => {
  const mov = await upload(isoMedia("qt  "), "Phone MOV");
  expect(mov.status).toBe(415);
  expect(await mov.text()).toMatch(/^This server cannot convert MOV videos yet/);

  expect((await upload(isoMedia("isom"), "Plain MP4")).status).toBe(200);
  const report = await processVideos(
    { db: api.db, store, ffmpeg: false },
    () => new Date(),
    (error) => {
      throw error;
    },
  );
  expect(report).toMatchObject({ ready: 1, failed: 0 });
  const { districtId, personId } = await membershipFor(api.db, MARIA);
  const videos = await withTenant(api.db, districtId, (tx) => videosOwnedBy(tx, personId));
  expect(videos.map((video) => video.title)).toEqual(["Plain MP4"]);
  const [video] = videos;
  expect(video?.playableKey).toBe(video?.originalKey);
  expect(video?.posterKey).toBeNull();
  const played = await app.request(`/files/videos/${video?.id}/play`, {
    headers: { cookie, Range: "bytes=0-11" },
  });
  expect(played.status).toBe(206);
  expect(played.headers.get("Content-Type")).toBe("video/mp4");
});
