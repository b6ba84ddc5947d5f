import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenantChildOf, tenantColumns, tenantPrimaryKey, timestamps } from "./columns.ts";
import { observation } from "./observation.ts";

/** A time-stamped note taken during the visit: "10:42 students restate the essential question". */
export const observationNote = pgTable(
  "observation_note",
  {
    ...tenantColumns(),
    observationId: uuid().notNull(),
    notedAt: timestamp({ withTimezone: true }).notNull(),
    body: text().notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf("observation_note_observation", t.districtId, t.observationId, observation),
  ],
);
