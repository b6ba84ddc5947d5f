import { date, pgTable, text } from "drizzle-orm/pg-core";
import { tenantColumns, tenantPrimaryKey, timestamps } from "./columns.ts";

/** A break the district marks (inclusive days): no MicroPD nudges during it. */
export const schoolHoliday = pgTable(
  "school_holiday",
  {
    ...tenantColumns(),
    name: text().notNull(),
    startsOn: date({ mode: "string" }).notNull(),
    endsOn: date({ mode: "string" }).notNull(),
    ...timestamps(),
  },
  (t) => [tenantPrimaryKey(t)],
);
