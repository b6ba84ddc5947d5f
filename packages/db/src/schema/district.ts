import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** The tenant. Global: it is the row every tenant table points at. */
export const district = pgTable("district", {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  slug: text().notNull().unique(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
});
