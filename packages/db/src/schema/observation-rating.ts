import { foreignKey, integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import {
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { indicator } from "./indicator.ts";
import { observation } from "./observation.ts";
import { observationLevel } from "./observation-level.ts";

/** The level seen for one indicator chosen for the visit, with its look-fors. */
export const observationRating = pgTable(
  "observation_rating",
  {
    ...tenantColumns(),
    observationId: uuid().notNull(),
    indicatorId: uuid().notNull(),
    /** Null until the observer picks a level (the indicator was chosen but not yet rated). */
    levelRank: integer(),
    lookFors: text(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference(
      "observation_rating_observation_fk",
      t.districtId,
      t.observationId,
      observation,
    ).onDelete("cascade"),
    tenantReference("observation_rating_indicator_fk", t.districtId, t.indicatorId, indicator),
    foreignKey({
      name: "observation_rating_level_fk",
      columns: [t.districtId, t.levelRank],
      foreignColumns: [observationLevel.districtId, observationLevel.rank],
    }),
    unique("observation_rating_indicator_key").on(t.districtId, t.observationId, t.indicatorId),
    tenantIndex("observation_rating_by_indicator_idx", t.districtId, t.indicatorId),
  ],
);
