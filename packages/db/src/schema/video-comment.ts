import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  foreignKey,
  integer,
  pgTable,
  real,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import {
  tenantChildOf,
  tenantColumns,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { indicator } from "./indicator.ts";
import { observationLevel } from "./observation-level.ts";
import { person } from "./person.ts";
import { video } from "./video.ts";

/**
 * A comment pinned to a moment of a video, optionally tagged with a framework indicator and a
 * level; a reply points at the comment it answers. `self_reflection` marks the teacher's own
 * notes on the moment.
 */
export const videoComment = pgTable(
  "video_comment",
  {
    ...tenantColumns(),
    videoId: uuid().notNull(),
    authorId: uuid().notNull(),
    parentId: uuid(),
    atSeconds: real().notNull(),
    body: text().notNull(),
    indicatorId: uuid(),
    levelRank: integer(),
    selfReflection: boolean().notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf("video_comment_video", t.districtId, t.videoId, video),
    tenantReference("video_comment_author_fk", t.districtId, t.authorId, person).onDelete(
      "cascade",
    ),
    tenantReference("video_comment_indicator_fk", t.districtId, t.indicatorId, indicator),
    foreignKey({
      name: "video_comment_level_fk",
      columns: [t.districtId, t.levelRank],
      foreignColumns: [observationLevel.districtId, observationLevel.rank],
    }),
    foreignKey({
      name: "video_comment_parent_fk",
      columns: [t.districtId, t.parentId],
      foreignColumns: [t.districtId, t.id],
    }).onDelete("cascade"),
    check("video_comment_at_check", sql`${t.atSeconds} >= 0`),
  ],
);
