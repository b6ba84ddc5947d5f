import { boolean, integer, pgTable, text, unique } from "drizzle-orm/pg-core";
import { tenantColumns, tenantPrimaryKey, timestamps } from "./columns.ts";

/**
 * One level of the district's observation scale. Ratings store the rank, so renaming a level
 * relabels every rating without rewriting it. Exactly one level is the district's target.
 */
export const observationLevel = pgTable(
  "observation_level",
  {
    ...tenantColumns(),
    /** 0 for the lowest level. */
    rank: integer().notNull(),
    label: text().notNull(),
    description: text().notNull().default(""),
    isTarget: boolean().notNull().default(false),
    ...timestamps(),
  },
  (t) => [tenantPrimaryKey(t), unique("observation_level_rank_key").on(t.districtId, t.rank)],
);
