import { boolean, integer, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * How far a running roster import is, written outside the import's own transaction so that any
 * server process can answer the page's poll. Global and holding only two numbers: the key is a
 * random UUID that only the importing page knows.
 */
export const rosterImportProgress = pgTable("roster_import_progress", {
  importId: uuid().primaryKey(),
  done: integer().notNull().default(0),
  total: integer().notNull(),
  finished: boolean().notNull().default(false),
  updatedAt: timestamp({ withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
});
