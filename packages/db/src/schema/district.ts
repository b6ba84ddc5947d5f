import { integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** The tenant. Global: it is the row every tenant table points at. */
export const district = pgTable("district", {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  slug: text().notNull().unique(),
  /** The IANA zone the district's schools keep: quiet hours, digests and reminders use it. */
  timeZone: text().notNull().default("America/Chicago"),
  /** How long before a support meeting its members are reminded, in minutes (a day and an hour). */
  meetingReminderMinutes: integer().array().notNull().default([1440, 60]),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
});
