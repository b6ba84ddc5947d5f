import { integer, pgTable, text, timestamp, unique } from "drizzle-orm/pg-core";
import { tenantColumns, tenantPrimaryKey, timestamps } from "./columns.ts";

/**
 * One initiative a district runs (its instructional framework, proficiency-based learning,
 * classroom technology…), with its own line of stages. Programs run side by side: a teacher can
 * be in a stage of each. Archived programs keep their stages and history but take no new cohorts.
 */
export const program = pgTable(
  "program",
  {
    ...tenantColumns(),
    position: integer().notNull(),
    title: text().notNull(),
    summary: text().notNull().default(""),
    archivedAt: timestamp({ withTimezone: true }),
    ...timestamps(),
  },
  (t) => [tenantPrimaryKey(t), unique("program_position_key").on(t.districtId, t.position)],
);
