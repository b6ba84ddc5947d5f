import { sql } from "drizzle-orm";
import { check, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { catalogueEvent } from "./catalogue-event.ts";
import {
  tenantChildOf,
  tenantColumns,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { person } from "./person.ts";

/**
 * One teacher's place at a catalogue event: a seat, a place on the waitlist, cancelled, or
 * attended. One row per teacher and event: registering again after cancelling reuses it.
 */
export const eventRegistration = pgTable(
  "event_registration",
  {
    ...tenantColumns(),
    eventId: uuid().notNull(),
    personId: uuid().notNull(),
    /** `registered`, `waitlisted`, `cancelled` or `attended` (the domain's status schema). */
    status: text().notNull(),
    /** 1 for the next person to get a seat; null unless waitlisted. */
    waitlistPosition: integer(),
    registeredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    promotedAt: timestamp({ withTimezone: true }),
    cancelledAt: timestamp({ withTimezone: true }),
    /** The event's PD minutes when attendance was marked: what the transcript counts. */
    creditedMinutes: integer(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf("event_registration_event", t.districtId, t.eventId, catalogueEvent),
    tenantReference("event_registration_person_fk", t.districtId, t.personId, person).onDelete(
      "cascade",
    ),
    // Leads with person: also the index for "my registrations".
    unique("event_registration_person_key").on(t.districtId, t.personId, t.eventId),
    check(
      "event_registration_status_check",
      sql`${t.status} in ('registered', 'waitlisted', 'cancelled', 'attended')`,
    ),
    // A waitlist place exactly when waitlisted, so a seat holder is never also "next in line".
    check(
      "event_registration_waitlist_check",
      sql`(${t.status} = 'waitlisted') = (${t.waitlistPosition} is not null)`,
    ),
  ],
);
