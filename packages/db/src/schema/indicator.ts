import { integer, pgTable, text, unique } from "drizzle-orm/pg-core";
import { tenantColumns, tenantPrimaryKey, timestamps } from "./columns.ts";

/** One observable practice of the framework, e.g. "1.2 Uses an essential question". */
export const indicator = pgTable(
  "indicator",
  {
    ...tenantColumns(),
    code: text().notNull(),
    title: text().notNull(),
    description: text().notNull(),
    /** The level (rank on the district's scale) teachers aim for here; null: the district's target. */
    targetRank: integer(),
    ...timestamps(),
  },
  (t) => [tenantPrimaryKey(t), unique("indicator_code_key").on(t.districtId, t.code)],
);
