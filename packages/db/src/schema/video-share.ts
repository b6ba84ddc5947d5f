import { sql } from "drizzle-orm";
import { check, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import {
  tenantChildOf,
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
} from "./columns.ts";
import { person } from "./person.ts";
import { team } from "./team.ts";
import { video } from "./video.ts";

/**
 * A video shared with one person (a coach, a principal, a colleague) or with a team; revoked
 * shares stay, dated, so the teacher sees who had it and until when.
 */
export const videoShare = pgTable(
  "video_share",
  {
    ...tenantColumns(),
    videoId: uuid().notNull(),
    personId: uuid(),
    teamId: uuid(),
    sharedBy: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
    kind: text().$type<"person" | "team">().notNull(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf("video_share_video", t.districtId, t.videoId, video),
    tenantReference("video_share_person_fk", t.districtId, t.personId, person).onDelete("cascade"),
    tenantReference("video_share_team_fk", t.districtId, t.teamId, team).onDelete("cascade"),
    tenantReference("video_share_by_fk", t.districtId, t.sharedBy, person),
    tenantIndex("video_share_person_idx", t.districtId, t.personId),
    tenantIndex("video_share_team_idx", t.districtId, t.teamId),
    check(
      "video_share_target_check",
      sql`(${t.kind} = 'person' and ${t.personId} is not null and ${t.teamId} is null) or (${t.kind} = 'team' and ${t.teamId} is not null and ${t.personId} is null)`,
    ),
  ],
);
