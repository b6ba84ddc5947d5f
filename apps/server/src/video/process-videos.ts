import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Database } from "@throughline/db/client";
import {
  claimVideoToProcess,
  deleteExpiredVideos,
  finishVideoProcessing,
} from "@throughline/db/queries/video/videos";
import { district } from "@throughline/db/schema";
import { withTenant } from "@throughline/db/tenant";
import { posterFrame, probeDuration, transcodeForPhones } from "./ffmpeg.ts";
import { madeKeys, type VideoStore } from "./video-store.ts";

export interface VideoWorkDeps {
  db: Database;
  store: VideoStore;
  /** Whether ffmpeg runs here; without it videos are served as uploaded. */
  ffmpeg: boolean;
}

interface VideoWorkReport {
  ready: number;
  failed: number;
  /** Files removed with videos past retention. */
  expiredFiles: number;
}

/**
 * Makes one claimed video playable: with ffmpeg an H.264/AAC MP4 and a poster, without it the
 * upload itself (the upload route took only types browsers play then).
 */
async function makePlayable(
  deps: VideoWorkDeps,
  claimed: { id: string; originalKey: string },
): Promise<Parameters<typeof finishVideoProcessing>[2]> {
  if (!deps.ffmpeg) {
    return { ok: true, playableKey: claimed.originalKey, posterKey: null, durationSeconds: null };
  }
  const keys = madeKeys(claimed.id);
  // ffmpeg writes into a temporary folder, kept by the store once both files are made.
  const work = await mkdtemp(join(tmpdir(), "throughline-video-made-"));
  try {
    const playable = join(work, "playable.mp4");
    const poster = join(work, "poster.jpg");
    const duration = await deps.store.withLocalFile(claimed.originalKey, async (input) => {
      const seconds = await probeDuration(input);
      await transcodeForPhones(input, playable);
      return seconds;
    });
    await posterFrame(playable, poster, duration);
    await deps.store.save(keys.playable, playable, "video/mp4");
    await deps.store.save(keys.poster, poster, "image/jpeg");
    return {
      ok: true,
      playableKey: keys.playable,
      posterKey: keys.poster,
      durationSeconds: duration,
    };
  } catch (error) {
    await deps.store.remove([keys.playable, keys.poster]);
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: reason.slice(0, 500) };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * One pass over every district: transcode the videos waiting (each outside any transaction, so
 * a long transcode holds no lock), then delete the videos past their district's retention with
 * their files. Files go only after the rows' deletion committed.
 */
export async function processVideos(
  deps: VideoWorkDeps,
  now: () => Date,
  onError: (error: unknown, districtId: string) => void,
): Promise<VideoWorkReport> {
  const report: VideoWorkReport = { ready: 0, failed: 0, expiredFiles: 0 };
  const districts = await deps.db.select({ id: district.id }).from(district).orderBy(district.id);
  for (const place of districts) {
    try {
      for (;;) {
        const claimed = await withTenant(deps.db, place.id, (tx) => claimVideoToProcess(tx, now()));
        if (!claimed) break;
        const result = await makePlayable(deps, claimed);
        await withTenant(deps.db, place.id, (tx) => finishVideoProcessing(tx, claimed.id, result));
        if (result.ok) report.ready += 1;
        else report.failed += 1;
      }
      const expired = await withTenant(deps.db, place.id, (tx) => deleteExpiredVideos(tx, now()));
      await deps.store.remove(expired);
      report.expiredFiles += expired.length;
    } catch (error) {
      onError(error, place.id);
    }
  }
  return report;
}
