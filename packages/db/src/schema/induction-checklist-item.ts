import { sql } from "drizzle-orm";
import { check, integer, pgTable, text, timestamp, unique } from "drizzle-orm/pg-core";
import { tenantColumns, tenantPrimaryKey, timestamps } from "./columns.ts";

/**
 * One item of the district's induction checklist for new teachers (meet your mentor, a
 * classroom management plan…), in order, optionally due within some weeks of the mentoring's
 * start. Every district starts with a default list, which its admins edit. A retired item
 * leaves the list new mentees see but keeps the ticks mentees already gave it.
 */
export const inductionChecklistItem = pgTable(
  "induction_checklist_item",
  {
    ...tenantColumns(),
    title: text().notNull(),
    description: text().notNull().default(""),
    position: integer().notNull(),
    dueWithinWeeks: integer(),
    retiredAt: timestamp({ withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    unique("induction_checklist_item_position_key").on(t.districtId, t.position),
    check(
      "induction_checklist_item_due_check",
      sql`${t.dueWithinWeeks} is null or ${t.dueWithinWeeks} between 1 and 52`,
    ),
  ],
);
