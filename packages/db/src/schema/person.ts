import { boolean, index, pgTable, text, unique } from "drizzle-orm/pg-core";
import { tenantColumns, tenantPrimaryKey, timestamps } from "./columns.ts";
import { user } from "./user.ts";

/**
 * Someone in a district. A person may have a sign-in (`user_id`). One sign-in may belong to
 * people in several districts (a regional coach, a partner reviewer), at most one per district;
 * the session says which district it opened (`session.chosen_district_id`).
 */
export const person = pgTable(
  "person",
  {
    ...tenantColumns(),
    displayName: text().notNull(),
    email: text().notNull(),
    userId: text().references(() => user.id, { onDelete: "set null" }),
    active: boolean().notNull().default(true),
    /** The person's OneRoster `sourcedId` when they came from a roster: imports match on it. */
    sourcedId: text(),
    /** Email may arrive on weekday evenings (18:00–07:00); off by default: quiet hours. */
    emailEvenings: boolean().notNull().default(false),
    /** Email may arrive at weekends; off by default. */
    emailWeekends: boolean().notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    unique("person_sourced_id_key").on(t.districtId, t.sourcedId),
    // Like every unique key, led by the district, so the table stays distributable by it.
    unique("person_district_user_key").on(t.districtId, t.userId),
    // Sign-in finds a user's people in every district.
    index("person_user_id_idx").on(t.userId),
  ],
);
