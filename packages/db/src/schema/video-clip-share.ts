import { sql } from "drizzle-orm";
import { check, pgTable, real, text, timestamp, uuid } from "drizzle-orm/pg-core";
import {
  tenantChildOf,
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
} from "./columns.ts";
import { credentialSubmission } from "./credential-submission.ts";
import { meetingAgendaItem } from "./meeting-agenda-item.ts";
import { person } from "./person.ts";
import { supportMeeting } from "./support-meeting.ts";

/**
 * A clip brought somewhere outside the video: to a support meeting (watched by its team) or to
 * a micro-credential submission (played by its reviewers). It grants the segment only, never
 * the rest of the video; revoked rows stay, dated. `clip_id` has no foreign key on purpose: when
 * the teacher deletes the video, a submission keeps the clip's title and span, so reviewers read
 * that it was there and is gone instead of finding the evidence silently missing.
 */
export const videoClipShare = pgTable(
  "video_clip_share",
  {
    ...tenantColumns(),
    clipId: uuid().notNull(),
    kind: text().$type<"meeting" | "submission">().notNull(),
    meetingId: uuid(),
    /** The agenda item the clip is for; null for the meeting as a whole. */
    agendaItemId: uuid(),
    submissionId: uuid(),
    /** The submission requirement the clip is evidence for. */
    requirementKey: text(),
    title: text().notNull(),
    startSeconds: real().notNull(),
    endSeconds: real().notNull(),
    annotation: text().notNull().default(""),
    sharedBy: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantIndex("video_clip_share_clip_idx", t.districtId, t.clipId),
    ...tenantChildOf("video_clip_share_meeting", t.districtId, t.meetingId, supportMeeting),
    ...tenantChildOf("video_clip_share_item", t.districtId, t.agendaItemId, meetingAgendaItem),
    ...tenantChildOf(
      "video_clip_share_submission",
      t.districtId,
      t.submissionId,
      credentialSubmission,
    ),
    tenantReference("video_clip_share_by_fk", t.districtId, t.sharedBy, person).onDelete("cascade"),
    check(
      "video_clip_share_target_check",
      sql`(${t.kind} = 'meeting' and ${t.meetingId} is not null and ${t.submissionId} is null) or (${t.kind} = 'submission' and ${t.submissionId} is not null and ${t.requirementKey} is not null and ${t.meetingId} is null and ${t.agendaItemId} is null)`,
    ),
  ],
);
