import { boolean, pgTable, text } from "drizzle-orm/pg-core";
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
    ...timestamps(),
  },
  (t) => [tenantPrimaryKey(t)],
);
