import { integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import {
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { meetingStatusEnum } from "./enums.ts";
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
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("support_meeting_team_fk", t.districtId, t.teamId, team).onDelete("cascade"),
    tenantIndex("support_meeting_team_idx", t.districtId, t.teamId),
  ],
);
