import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Database } from "@throughline/db/client";
import { findDistrictBySlug } from "@throughline/db/queries/districts/public-district";
import { recordUploadedVideo } from "@throughline/db/queries/video/videos";
import { withTenant } from "@throughline/db/tenant";
import { personByEmail } from "../demo/demo-teachers.ts";
import { uploadKey, type VideoStore } from "./video-store.ts";

const DEMO_UPLOAD_ID = "demo-lesson";

/**
 * One short lesson video for the demo teacher, so the demo's video pages are not empty: six
 * seconds of ffmpeg's test pattern with a tone, recorded as an upload the worker then prepares
 * like any other. Without ffmpeg there is nothing to make it with, and the demo goes without.
 */
export async function seedDemoVideo(deps: {
  db: Database;
  store: VideoStore;
  ffmpeg: boolean;
}): Promise<boolean> {
  if (!deps.ffmpeg) return false;
  const place = await findDistrictBySlug(deps.db, "maple-valley");
  if (!place) return false;
  const folder = await mkdtemp(join(tmpdir(), "throughline-demo-video-"));
  try {
    const file = join(folder, "lesson.mp4");
    await promisify(execFile)("ffmpeg", [
      ...["-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=size=640x360:rate=25"],
      ...["-f", "lavfi", "-i", "sine=frequency=330", "-t", "6"],
      ...["-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", file],
    ]);
    const key = uploadKey(DEMO_UPLOAD_ID);
    await deps.store.save(key, file, "video/mp4");
    const sizeBytes = (await deps.store.sizeOf(key)) ?? 0;
    await withTenant(deps.db, place.id, async (tx) => {
      const teacher = await personByEmail(tx, "teacher@maplevalley.test");
      await recordUploadedVideo(tx, {
        districtId: place.id,
        ownerId: teacher.id,
        uploadId: DEMO_UPLOAD_ID,
        title: "Warm-up routine (demo)",
        originalKey: key,
        contentType: "video/mp4",
        sizeBytes,
        now: new Date(),
      });
    });
    return true;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
