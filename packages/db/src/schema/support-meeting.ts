import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { collaborationBlock } from "./collaboration-block.ts";
import {
  tenantChildOf,
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { meetingStatusEnum } from "./enums.ts";
import { meetingSeries } from "./meeting-series.ts";
import { team } from "./team.ts";

/** A team meeting run with a protocol. */
export const supportMeeting = pgTable(
  "support_meeting",
  {
    ...tenantColumns(),
    teamId: uuid().notNull(),
    title: text().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    location: text(),
    videoUrl: text(),
    status: meetingStatusEnum().notNull().default("scheduled"),
    /** Bumped on every change people should see in their calendars (iCalendar SEQUENCE). */
    sequence: integer().notNull().default(0),
    /** The recurring series this meeting is an occurrence of; null for a one-off meeting. */
    seriesId: uuid(),
    /** When the facilitator started running it: the day it was held, what PD credit carries. */
    startedAt: timestamp({ withTimezone: true }),
    /**
     * Set when a coach started it before its scheduled day by moving it to now: the time it was
     * scheduled for, when it was moved and by whom (no foreign key: the record outlives people).
     */
    movedFromStartsAt: timestamp({ withTimezone: true }),
    movedAt: timestamp({ withTimezone: true }),
    movedById: uuid(),
    /**
     * The agenda item the room is on and since when, so every screen shows the same step timer
     * (no foreign key: the item belongs to this meeting, which the runner checks).
     */
    activeItemId: uuid(),
    activeItemStartedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    /** Minutes the meeting actually ran, recorded at closing; what PD hours count. */
    heldMinutes: integer(),
    /** The team's collaboration block this meeting was scheduled into, if any. */
    collaborationBlockId: uuid(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf("support_meeting_team", t.districtId, t.teamId, team),
    // The dashboard reads the meetings started after its window's end (migration 0022).
    tenantIndex("support_meeting_starts_idx", t.districtId, t.startsAt),
    // Held meetings by start: the dashboards subtract those held after their window's end, and
    // the starts index alone walks every meeting scheduled ahead (42,000 at 20,000 teachers).
    index("support_meeting_closed_starts_idx")
      .on(t.districtId, t.startsAt)
      .where(sql`${t.status} = 'closed'`),
    tenantReference("support_meeting_series_fk", t.districtId, t.seriesId, meetingSeries),
    tenantIndex("support_meeting_series_idx", t.districtId, t.seriesId),
    tenantReference(
      "support_meeting_collaboration_block_fk",
      t.districtId,
      t.collaborationBlockId,
      collaborationBlock,
    ),
    tenantIndex("support_meeting_collaboration_block_idx", t.districtId, t.collaborationBlockId),
  ],
);
