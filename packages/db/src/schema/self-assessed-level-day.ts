import { date, integer, pgTable, primaryKey, uuid } from "drizzle-orm/pg-core";
import { district } from "./district.ts";

/**
 * The level a teacher gave themselves per indicator and day, from every self-assessment: the
 * impact report reads it only as counts and means of three or more teachers (the small-group
 * rule), never a teacher's own rating or note, so it is kept apart from who may read the
 * self-assessments themselves. The latest rating that day when there were several. Kept by the
 * statement triggers of migration 0028 on self-assessments and their ratings.
 */
export const selfAssessedLevelDay = pgTable(
  "self_assessed_level_day",
  {
    districtId: uuid()
      .notNull()
      .references(() => district.id),
    personId: uuid().notNull(),
    indicatorId: uuid().notNull(),
    assessedOn: date({ mode: "string" }).notNull(),
    levelRank: integer().notNull(),
  },
  (t) => [
    primaryKey({
      name: "self_assessed_level_day_pk",
      columns: [t.districtId, t.personId, t.indicatorId, t.assessedOn],
    }),
  ],
);
