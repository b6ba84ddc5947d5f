import { boolean, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Every password sign-in attempt, for throttling per account and per address across server
 * processes. Global: the district is not known before sign-in. The email is kept lower-cased;
 * no password or part of one is ever stored.
 */
export const signInAttempt = pgTable(
  "sign_in_attempt",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    clientAddress: text(),
    succeeded: boolean().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("sign_in_attempt_email_idx").on(t.email, t.createdAt),
    index("sign_in_attempt_address_idx").on(t.clientAddress, t.createdAt),
  ],
);
