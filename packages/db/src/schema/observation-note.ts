import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import {
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
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
    tenantReference(
      "observation_note_observation_fk",
      t.districtId,
      t.observationId,
      observation,
    ).onDelete("cascade"),
    tenantIndex("observation_note_observation_idx", t.districtId, t.observationId),
  ],
);
