import { bigint, integer, pgTable, text } from "drizzle-orm/pg-core";

/**
 * Better Auth's rate-limit counters, kept in the database so that every server process behind a
 * load balancer counts the same requests. Global: requests are counted before sign-in.
 */
export const rateLimit = pgTable("rate_limit", {
  id: text().primaryKey(),
  key: text().notNull().unique(),
  count: integer().notNull(),
  lastRequest: bigint({ mode: "number" }).notNull(),
});
