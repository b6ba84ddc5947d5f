import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { tenantColumns, tenantPrimaryKey, timestamps } from "./columns.ts";

/**
 * A live session or workshop of the district's elective catalogue: teachers register for one of
 * its seats, or join its waitlist once the seats are taken.
 */
export const catalogueEvent = pgTable(
  "catalogue_event",
  {
    ...tenantColumns(),
    title: text().notNull(),
    description: text().notNull(),
    /** `live_session` or `workshop` (the domain's `catalogueEventKindSchema`). */
    kind: text().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    location: text(),
    joinUrl: text(),
    seatLimit: integer().notNull(),
    gradeBands: text().array().notNull().default(sql`'{}'::text[]`),
    subjects: text().array().notNull().default(sql`'{}'::text[]`),
    /** What attending credits toward a teacher's PD hours. */
    pdMinutes: integer().notNull(),
    /** Set when the district cancels it: registrations stay on record, calendars get a CANCEL. */
    cancelledAt: timestamp({ withTimezone: true }),
    /** Bumped on every change people should see; calendar apps replace an event on a higher one. */
    sequence: integer().notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    // The catalogue lists upcoming events by start.
    index("catalogue_event_starts_idx").on(t.districtId, t.startsAt),
    check("catalogue_event_kind_check", sql`${t.kind} in ('live_session', 'workshop')`),
    check("catalogue_event_times_check", sql`${t.endsAt} > ${t.startsAt}`),
    check("catalogue_event_seat_limit_check", sql`${t.seatLimit} between 1 and 10000`),
    check("catalogue_event_pd_minutes_check", sql`${t.pdMinutes} between 0 and 1440`),
  ],
);
