import { date, foreignKey, integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import {
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { indicator } from "./indicator.ts";
import { observationLevel } from "./observation-level.ts";
import { person } from "./person.ts";

/**
 * An evaluation rating kept in another system and imported from CSV. Evaluation data: it feeds
 * recommendations and follows the visibility rules of walkthroughs. The unique key makes
 * importing the same file twice change nothing.
 */
export const importedRating = pgTable(
  "imported_rating",
  {
    ...tenantColumns(),
    personId: uuid().notNull(),
    indicatorId: uuid().notNull(),
    levelRank: integer().notNull(),
    ratedOn: date({ mode: "string" }).notNull(),
    /** Where it came from: "Frontline evaluation 2025-26". */
    source: text().notNull(),
    importedById: uuid().notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("imported_rating_person_fk", t.districtId, t.personId, person).onDelete(
      "cascade",
    ),
    tenantReference("imported_rating_indicator_fk", t.districtId, t.indicatorId, indicator),
    tenantReference("imported_rating_imported_by_fk", t.districtId, t.importedById, person),
    foreignKey({
      name: "imported_rating_level_fk",
      columns: [t.districtId, t.levelRank],
      foreignColumns: [observationLevel.districtId, observationLevel.rank],
    }),
    unique("imported_rating_key").on(t.districtId, t.personId, t.indicatorId, t.ratedOn, t.source),
    tenantIndex("imported_rating_indicator_idx", t.districtId, t.indicatorId),
  ],
);
