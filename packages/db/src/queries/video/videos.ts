import {
  defaultVideoSettings,
  type VideoSettings,
  videoDeleteAfter,
} from "@throughline/domain/video";
import { and, asc, desc, eq, inArray, isNull, lt, lte, or } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { person, video, videoSetting } from "../../schema/index.ts";
import { type VideoRow, videoColumns } from "./video-viewer-facts.ts";

/** The district's video settings, or the defaults until it saves its own. */
export async function videoSettingsOf(tx: Transaction): Promise<VideoSettings> {
  const [row] = await tx
    .select({
      maxBytes: videoSetting.maxBytes,
      retentionDays: videoSetting.retentionDays,
      consentRule: videoSetting.consentRule,
    })
    .from(videoSetting)
    .limit(1);
  return row ?? { ...defaultVideoSettings };
}

/** Saves the district's settings (one row per district). */
export async function saveVideoSettings(
  tx: Transaction,
  districtId: string,
  settings: VideoSettings,
): Promise<void> {
  await tx
    .insert(videoSetting)
    .values({ districtId, ...settings })
    .onConflictDoUpdate({ target: videoSetting.districtId, set: settings });
}

/**
 * Records a finished upload, once however often the upload server reports it (the upload id
 * is unique); it waits for the worker as "processing". Answers the video's id.
 */
export async function recordUploadedVideo(
  tx: Transaction,
  params: {
    districtId: string;
    ownerId: string;
    uploadId: string;
    title: string;
    originalKey: string;
    contentType: string;
    sizeBytes: number;
    now: Date;
  },
): Promise<string> {
  const { retentionDays } = await videoSettingsOf(tx);
  const { now, ...values } = params;
  await tx
    .insert(video)
    .values({
      ...values,
      deleteAfter: retentionDays === null ? null : videoDeleteAfter(now, retentionDays),
    })
    .onConflictDoNothing({ target: [video.districtId, video.uploadId] });
  const [row] = await tx
    .select({ id: video.id })
    .from(video)
    .where(eq(video.uploadId, params.uploadId));
  if (!row) throw new Error("The uploaded video was not recorded.");
  return row.id;
}

/** The owner's videos, newest first. */
export async function videosOwnedBy(tx: Transaction, ownerId: string): Promise<VideoRow[]> {
  return tx
    .select(videoColumns)
    .from(video)
    .where(eq(video.ownerId, ownerId))
    .orderBy(desc(video.createdAt), asc(video.id));
}

/** These videos with their teacher's name, newest first. */
export async function videosWithOwners(
  tx: Transaction,
  ids: readonly string[],
): Promise<(VideoRow & { ownerName: string })[]> {
  if (ids.length === 0) return [];
  return tx
    .select({ ...videoColumns, ownerName: person.displayName })
    .from(video)
    .innerJoin(person, and(eq(person.districtId, video.districtId), eq(person.id, video.ownerId)))
    .where(inArray(video.id, [...ids]))
    .orderBy(desc(video.createdAt), asc(video.id));
}

/** Notes the teacher's confirmation of the consent rule (at its first share). */
export async function confirmVideoConsent(tx: Transaction, videoId: string, now: Date) {
  await tx.update(video).set({ consentConfirmedAt: now }).where(eq(video.id, videoId));
}

/** The files a video keeps in the video folder, to remove with it. */
function keysOf(row: Pick<VideoRow, "originalKey" | "playableKey" | "posterKey">): string[] {
  return [...new Set([row.originalKey, row.playableKey, row.posterKey])].filter(
    (key): key is string => key !== null,
  );
}

/** Deletes the video (its shares, comments, clips and captions go with it); answers its files. */
export async function deleteVideo(tx: Transaction, videoId: string): Promise<string[]> {
  const [row] = await tx.delete(video).where(eq(video.id, videoId)).returning({
    originalKey: video.originalKey,
    playableKey: video.playableKey,
    posterKey: video.posterKey,
  });
  return row ? keysOf(row) : [];
}

/** Deletes every video of the district past its retention at `now`; answers their files. */
export async function deleteExpiredVideos(tx: Transaction, now: Date): Promise<string[]> {
  const rows = await tx.delete(video).where(lte(video.deleteAfter, now)).returning({
    originalKey: video.originalKey,
    playableKey: video.playableKey,
    posterKey: video.posterKey,
  });
  return rows.flatMap(keysOf);
}

/** How long a worker may take on one video before another may take it over. */
const PROCESSING_LEASE_MS = 60 * 60 * 1000;

/**
 * Takes the district's oldest video waiting for the worker: one nobody took yet or whose
 * taker's lease ran out. Taking it stamps `worker_took_at`, so a second worker passes it by
 * while this one transcodes outside any transaction. Null when none waits.
 */
export async function claimVideoToProcess(
  tx: Transaction,
  now: Date,
): Promise<Pick<VideoRow, "id" | "originalKey" | "contentType"> | null> {
  const leaseEnded = new Date(now.getTime() - PROCESSING_LEASE_MS);
  const waiting = tx
    .select({ id: video.id })
    .from(video)
    .where(
      and(
        eq(video.status, "processing"),
        or(isNull(video.workerTookAt), lt(video.workerTookAt, leaseEnded)),
      ),
    )
    .orderBy(asc(video.createdAt))
    .limit(1)
    .for("update", { skipLocked: true });
  const [row] = await tx
    .update(video)
    .set({ workerTookAt: now })
    .where(inArray(video.id, waiting))
    .returning({ id: video.id, originalKey: video.originalKey, contentType: video.contentType });
  return row ?? null;
}

/** The worker's result: a playable file (and poster) or the reason it failed. */
export async function finishVideoProcessing(
  tx: Transaction,
  videoId: string,
  result:
    | { ok: true; playableKey: string; posterKey: string | null; durationSeconds: number | null }
    | { ok: false; reason: string },
): Promise<void> {
  const set = result.ok
    ? {
        status: "ready" as const,
        playableKey: result.playableKey,
        posterKey: result.posterKey,
        durationSeconds: result.durationSeconds,
      }
    : { status: "failed" as const, failureReason: result.reason };
  await tx.update(video).set(set).where(eq(video.id, videoId));
}
