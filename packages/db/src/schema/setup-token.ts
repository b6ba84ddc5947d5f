import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * The one-time link that lets the first person in create the first district on an empty
 * installation. Global: no district exists yet. Only the SHA-256 of the token is kept; the link
 * works once (`used_at`) and until `expires_at`.
 */
export const setupToken = pgTable("setup_token", {
  id: uuid().primaryKey().defaultRandom(),
  tokenHash: text().notNull().unique(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  usedAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
