import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { district } from "./district.ts";
import { user } from "./user.ts";

/** Better Auth core table: database sessions, looked up by the cookie's token. */
export const session = pgTable(
  "session",
  {
    id: text().primaryKey(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    token: text().notNull().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
    ipAddress: text(),
    userAgent: text(),
    userId: text()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    /**
     * The district this session opened, for a sign-in that belongs to people in several districts
     * (a regional coach, a partner reviewer). Not `district_id`: a table with that column is a
     * tenant table under row security, and sessions are read before any district is known.
     */
    chosenDistrictId: uuid().references(() => district.id, { onDelete: "set null" }),
  },
  (t) => [index("session_user_id_idx").on(t.userId)],
);
