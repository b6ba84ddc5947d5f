import { foreignKey, integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import {
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { indicator } from "./indicator.ts";
import { observationLevel } from "./observation-level.ts";
import { selfAssessment } from "./self-assessment.ts";

/** The level a teacher gave themselves on one indicator, on the district's observation scale. */
export const selfAssessmentRating = pgTable(
  "self_assessment_rating",
  {
    ...tenantColumns(),
    selfAssessmentId: uuid().notNull(),
    indicatorId: uuid().notNull(),
    levelRank: integer().notNull(),
    note: text(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference(
      "self_assessment_rating_assessment_fk",
      t.districtId,
      t.selfAssessmentId,
      selfAssessment,
    ).onDelete("cascade"),
    tenantReference(
      "self_assessment_rating_indicator_fk",
      t.districtId,
      t.indicatorId,
      indicator,
    ).onDelete("cascade"),
    foreignKey({
      name: "self_assessment_rating_level_fk",
      columns: [t.districtId, t.levelRank],
      foreignColumns: [observationLevel.districtId, observationLevel.rank],
    }),
    unique("self_assessment_rating_indicator_key").on(
      t.districtId,
      t.selfAssessmentId,
      t.indicatorId,
    ),
    tenantIndex("self_assessment_rating_by_indicator_idx", t.districtId, t.indicatorId),
  ],
);
