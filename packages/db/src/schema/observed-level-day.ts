import { date, integer, pgTable, primaryKey, uuid } from "drizzle-orm/pg-core";
import { district } from "./district.ts";

/**
 * The level a teacher was observed at per indicator and day, from published walkthrough
 * observations only: coaching observations are private to the teacher and their coaches and
 * never reach this table, so the impact report cannot show their content to anyone. The highest
 * level rated that day when there were several. Kept by the statement triggers of migration 0028
 * on observations and their ratings.
 */
export const observedLevelDay = pgTable(
  "observed_level_day",
  {
    districtId: uuid()
      .notNull()
      .references(() => district.id),
    personId: uuid().notNull(),
    indicatorId: uuid().notNull(),
    observedOn: date({ mode: "string" }).notNull(),
    levelRank: integer().notNull(),
  },
  (t) => [
    primaryKey({
      name: "observed_level_day_pk",
      columns: [t.districtId, t.personId, t.indicatorId, t.observedOn],
    }),
  ],
);
