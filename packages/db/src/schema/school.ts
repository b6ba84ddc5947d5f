import { pgTable, text } from "drizzle-orm/pg-core";
import { tenantColumns, tenantPrimaryKey, timestamps } from "./columns.ts";

export const school = pgTable(
  "school",
  {
    ...tenantColumns(),
    name: text().notNull(),
    ...timestamps(),
  },
  (t) => [tenantPrimaryKey(t)],
);
