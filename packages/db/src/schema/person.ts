import { boolean, pgTable, text, unique } from "drizzle-orm/pg-core";
import { tenantColumns, tenantPrimaryKey, timestamps } from "./columns.ts";
import { user } from "./user.ts";

/**
 * Someone in a district. A person may have a sign-in (`user_id`); one user belongs to at most
 * one person, which is how a session finds its district.
 */
export const person = pgTable(
  "person",
  {
    ...tenantColumns(),
    displayName: text().notNull(),
    email: text().notNull(),
    userId: text()
      .unique()
      .references(() => user.id, { onDelete: "set null" }),
    active: boolean().notNull().default(true),
    /** The person's OneRoster `sourcedId` when they came from a roster: imports match on it. */
    sourcedId: text(),
    /** Email may arrive on weekday evenings (18:00–07:00); off by default: quiet hours. */
    emailEvenings: boolean().notNull().default(false),
    /** Email may arrive at weekends; off by default. */
    emailWeekends: boolean().notNull().default(false),
    ...timestamps(),
  },
  (t) => [tenantPrimaryKey(t), unique("person_sourced_id_key").on(t.districtId, t.sourcedId)],
);
