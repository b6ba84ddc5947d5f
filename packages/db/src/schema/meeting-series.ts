import { integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import {
  tenantChildOf,
  tenantColumns,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { person } from "./person.ts";
import { team } from "./team.ts";

/**
 * A recurring meeting as it was scheduled: the RRULE (RFC 5545) over wall-clock time in a time
 * zone. Its occurrences are support_meeting rows, so each can carry its own agenda and notes.
 */
export const meetingSeries = pgTable(
  "meeting_series",
  {
    ...tenantColumns(),
    teamId: uuid().notNull(),
    rrule: text().notNull(),
    timeZone: text().notNull(),
    firstStartsAt: timestamp({ withTimezone: true }).notNull(),
    durationMinutes: integer().notNull(),
    createdById: uuid().notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf("meeting_series_team", t.districtId, t.teamId, team),
    tenantReference("meeting_series_created_by_fk", t.districtId, t.createdById, person),
  ],
);
