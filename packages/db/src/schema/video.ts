import { sql } from "drizzle-orm";
import { bigint, check, pgTable, real, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import {
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { person } from "./person.ts";

/**
 * A lesson video a teacher recorded or uploaded. Private to its owner until shared
 * (video_share). The bytes live in the server's video folder: `original_key` as uploaded,
 * `playable_key` the H.264/AAC MP4 the worker made (or the original when it is already
 * browser-playable and there is no ffmpeg), `poster_key` a still frame.
 */
export const video = pgTable(
  "video",
  {
    ...tenantColumns(),
    ownerId: uuid().notNull(),
    title: text().notNull(),
    /** processing → ready | failed; the worker moves it on. */
    status: text().$type<"processing" | "ready" | "failed">().notNull().default("processing"),
    /** The resumable upload's id, so a finished upload makes one row however often it is told. */
    uploadId: text().notNull(),
    originalKey: text().notNull(),
    contentType: text().notNull(),
    sizeBytes: bigint({ mode: "number" }).notNull(),
    playableKey: text(),
    posterKey: text(),
    durationSeconds: real(),
    failureReason: text(),
    /** When a worker took the video to transcode: another takes it only after a lease runs out. */
    workerTookAt: timestamp({ withTimezone: true }),
    /** When the teacher confirmed the district's student-consent rule (needed before sharing). */
    consentConfirmedAt: timestamp({ withTimezone: true }),
    /** The district's retention period from upload; the worker deletes it and its files then. */
    deleteAfter: timestamp({ withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("video_owner_fk", t.districtId, t.ownerId, person).onDelete("cascade"),
    tenantIndex("video_owner_idx", t.districtId, t.ownerId),
    unique("video_upload_key").on(t.districtId, t.uploadId),
    check("video_status_check", sql`${t.status} in ('processing', 'ready', 'failed')`),
  ],
);
