import { pgTable, text, unique } from "drizzle-orm/pg-core";
import { tenantColumns, tenantPrimaryKey, timestamps } from "./columns.ts";

export const school = pgTable(
  "school",
  {
    ...tenantColumns(),
    name: text().notNull(),
    /** The school's OneRoster org `sourcedId` when it came from a roster: imports match on it. */
    sourcedId: text(),
    ...timestamps(),
  },
  (t) => [tenantPrimaryKey(t), unique("school_sourced_id_key").on(t.districtId, t.sourcedId)],
);
