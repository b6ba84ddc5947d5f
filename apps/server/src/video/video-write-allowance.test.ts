import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestApi, TEST_PUBLIC_URL, type TestApi } from "@throughline/api/testing/test-api";
import type { Hono } from "hono";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createServerApp } from "../app.ts";
import { testServerDeps } from "../testing/test-server.ts";
import { LocalVideoStore } from "./local-video-store.ts";

/*
 * Video uploads count in the person's write allowance like every other write: past it, a new
 * upload, another piece of one, or a video's deletion is refused with the wait, before a byte is
 * stored; asking where an upload stands still works, and other people are not held back.
 */

let api: TestApi;
let app: Hono;
let dataDir: string;

beforeAll(async () => {
  api = await createTestApi();
  dataDir = await mkdtemp(join(tmpdir(), "throughline-video-allowance-"));
  const store = new LocalVideoStore(dataDir);
  await store.prepare();
  app = await createServerApp(
    testServerDeps(api, api.auth, { videos: { store, ffmpeg: true }, writesPerMinute: 3 }),
  );
}, 60_000);

afterAll(async () => {
  await api?.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function tusAs(email: string) {
  const cookie = await api.sessionCookieFor(email);
  return (path: string, method: string, headers: Record<string, string> = {}, body?: Uint8Array) =>
    app.request(`/files/videos${path}`, {
      method,
      headers: { "Tus-Resumable": "1.0.0", origin: TEST_PUBLIC_URL, cookie, ...headers },
      body: body as Uint8Array<ArrayBuffer> | undefined,
    });
}

it("holds one person's uploads to the write allowance, before anything is stored", async () => {
  const maria = await tusAs("teacher@maplevalley.test");
  const create = () => maria("/uploads", "POST", { "Upload-Length": "1000" });
  const first = await create();
  expect(first.status).toBe(201);
  const path = (first.headers.get("Location") ?? "").replace(/^.*\/files\/videos/, "");
  const piece = { "Content-Type": "application/offset+octet-stream", "Upload-Offset": "0" };
  expect((await maria(path, "PATCH", piece, new Uint8Array(100))).status).toBe(204);
  expect((await create()).status).toBe(201);
  const uploadsBefore = await readdir(join(dataDir, "videos", "uploads"));

  const refused = await create();
  expect(refused.status).toBe(429);
  expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
  expect(((await refused.json()) as { error: string }).error).toMatch(
    /faster than the server takes them \(3 a minute\)/,
  );
  const piece2 = { ...piece, "Upload-Offset": "100" };
  expect((await maria(path, "PATCH", piece2, new Uint8Array(100))).status).toBe(429);
  expect(await readdir(join(dataDir, "videos", "uploads"))).toEqual(uploadsBefore);
  const videoDelete = await app.request("/files/videos/00000000-0000-4000-8000-000000000000", {
    method: "DELETE",
    headers: {
      cookie: await api.sessionCookieFor("teacher@maplevalley.test"),
      origin: TEST_PUBLIC_URL,
    },
  });
  expect(videoDelete.status).toBe(429);

  // Where the upload stands is a read, and another teacher has her own allowance.
  const head = await maria(path, "HEAD");
  expect(head.headers.get("Upload-Offset")).toBe("100");
  const janelle = await tusAs("coach@maplevalley.test");
  expect((await janelle("/uploads", "POST", { "Upload-Length": "1000" })).status).toBe(201);
});
