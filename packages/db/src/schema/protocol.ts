import { pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { tenantColumns, tenantPrimaryKey, tenantReference, timestamps } from "./columns.ts";
import { person } from "./person.ts";

/** A timed meeting structure (e.g. "Tuning protocol"); its steps are in protocol_step. */
export const protocol = pgTable(
  "protocol",
  {
    ...tenantColumns(),
    name: text().notNull(),
    purpose: text().notNull(),
    /** Who added it; null for the protocols every district starts with. */
    createdById: uuid(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("protocol_created_by_fk", t.districtId, t.createdById, person),
    unique("protocol_name_key").on(t.districtId, t.name),
  ],
);
