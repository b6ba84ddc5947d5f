import { boolean, integer, pgTable, text, unique } from "drizzle-orm/pg-core";
import { tenantColumns, tenantPrimaryKey, timestamps } from "./columns.ts";

/** One step of the framework: workshop, MicroPD sequence, support meetings, completion rule. */
export const stage = pgTable(
  "stage",
  {
    ...tenantColumns(),
    position: integer().notNull(),
    title: text().notNull(),
    summary: text().notNull(),
    meetingsRequired: integer().notNull().default(0),
    requiresConfirmation: boolean().notNull().default(false),
    /** Its sessions may be recommended to anyone, not only to teachers who opened the stage. */
    openToAll: boolean().notNull().default(false),
    ...timestamps(),
  },
  (t) => [tenantPrimaryKey(t), unique("stage_position_key").on(t.districtId, t.position)],
);
