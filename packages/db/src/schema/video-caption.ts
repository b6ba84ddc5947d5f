import { pgTable, text, uuid } from "drizzle-orm/pg-core";
import {
  tenantChildOf,
  tenantColumns,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { person } from "./person.ts";
import { video } from "./video.ts";

/** A WebVTT caption track for a video; the text is small, so it is kept in the row. */
export const videoCaption = pgTable(
  "video_caption",
  {
    ...tenantColumns(),
    videoId: uuid().notNull(),
    label: text().notNull(),
    language: text().notNull(),
    vtt: text().notNull(),
    uploadedBy: uuid().notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf("video_caption_video", t.districtId, t.videoId, video),
    tenantReference("video_caption_by_fk", t.districtId, t.uploadedBy, person).onDelete("cascade"),
  ],
);
