import { sql } from "drizzle-orm";
import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { district } from "./district.ts";

/*
 * The shared library of one installation. Not tenant tables: every district reads them (that
 * is what sharing means), so they carry `publisher_district_id`, not `district_id`, and their
 * own row security lets only the publishing district write (migration library).
 */

/**
 * A stage, program, MicroPD session or micro-credential a district published (`kind`), with
 * its license; its versions hold the content.
 */
export const libraryItem = pgTable(
  "library_item",
  {
    id: uuid().primaryKey().defaultRandom(),
    publisherDistrictId: uuid()
      .notNull()
      .references(() => district.id, { onDelete: "cascade" }),
    /**
     * The publisher's stage, program, session or credential the versions are taken from
     * (republishing it adds a version).
     */
    sourceId: uuid().notNull(),
    kind: text().notNull().default("stage"),
    title: text().notNull(),
    summary: text().notNull(),
    license: text().notNull(),
    attribution: text().notNull(),
    latestVersion: integer().notNull().default(1),
    publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Withdrawn items are not offered for import; copies already made stay. */
    withdrawnAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("library_item_publisher_idx").on(t.publisherDistrictId, t.sourceId)],
);

/** One published version: the whole package, as imported and as exported to a file. */
export const libraryItemVersion = pgTable(
  "library_item_version",
  {
    itemId: uuid()
      .notNull()
      .references(() => libraryItem.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    package: jsonb().$type<Record<string, unknown>>().notNull(),
    notes: text(),
    publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.itemId, t.version] }),
    index("library_item_version_published_idx").on(t.itemId, sql`${t.publishedAt} desc`),
  ],
);
