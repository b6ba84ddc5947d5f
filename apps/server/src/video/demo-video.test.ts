import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestApi, type TestApi } from "@throughline/api/testing/test-api";
import { videosOwnedBy } from "@throughline/db/queries/video/videos";
import { withTenant } from "@throughline/db/tenant";
import { membershipFor } from "@throughline/db/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDemoVideo } from "./demo-video.ts";
import { LocalVideoStore } from "./local-video-store.ts";
import { processVideos } from "./process-videos.ts";

/* The demo teacher gets one short video the worker prepares; without ffmpeg, none. */

let api: TestApi;
let dataDir: string;
let store: LocalVideoStore;

beforeAll(async () => {
  api = await createTestApi();
  dataDir = await mkdtemp(join(tmpdir(), "throughline-demo-video-test-"));
  store = new LocalVideoStore(dataDir);
  await store.prepare();
}, 60_000);

afterAll(async () => {
  await api?.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function teachersVideos() {
  const { districtId, personId } = await membershipFor(api.db, "teacher@maplevalley.test");
  return withTenant(api.db, districtId, (tx) => videosOwnedBy(tx, personId));
}

it("is skipped without ffmpeg, and made and prepared with it", async () => {
  expect(await seedDemoVideo({ db: api.db, store, ffmpeg: false })).toBe(false);
  expect(await teachersVideos()).toEqual([]);
  expect(await seedDemoVideo({ db: api.db, store, ffmpeg: true })).toBe(true);
  const report = await processVideos(
    { db: api.db, store, ffmpeg: true },
    () => new Date(),
    (e) => {
      throw e;
    },
  );
  expect(report.ready).toBe(1);
  const [video] = await teachersVideos();
  expect(video).toMatchObject({ title: "Warm-up routine (demo)", status: "ready" });
  expect(video?.durationSeconds).toBeGreaterThan(5);
});
