import { sql } from "drizzle-orm";
import { check, pgTable, real, text, uuid } from "drizzle-orm/pg-core";
import { actionStep } from "./action-step.ts";
import {
  tenantChildOf,
  tenantColumns,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { person } from "./person.ts";
import { video } from "./video.ts";

/**
 * A segment of a video (start to end) the teacher picked out; when `step_id` is set it is
 * evidence for that action-plan step.
 */
export const videoClip = pgTable(
  "video_clip",
  {
    ...tenantColumns(),
    videoId: uuid().notNull(),
    createdBy: uuid().notNull(),
    title: text().notNull(),
    startSeconds: real().notNull(),
    endSeconds: real().notNull(),
    stepId: uuid(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf("video_clip_video", t.districtId, t.videoId, video),
    tenantReference("video_clip_by_fk", t.districtId, t.createdBy, person).onDelete("cascade"),
    ...tenantChildOf("video_clip_step", t.districtId, t.stepId, actionStep),
    check(
      "video_clip_span_check",
      sql`${t.startSeconds} >= 0 and ${t.endSeconds} > ${t.startSeconds}`,
    ),
  ],
);
