import {
  date,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { district } from "./district.ts";

/**
 * One row per team goal with what the impact report reads of it: its team's school and member
 * count (goals of teams under three teachers are withheld), its plan, and the measures recorded
 * at its checkpoints, oldest first. Kept by the statement triggers of migration 0031 on goals,
 * checkpoints, teams and team members; `refresh_team_goal_measures(district_ids[], goal_ids[])`
 * rebuilds a goal's row from scratch.
 */
export const teamGoalMeasures = pgTable(
  "team_goal_measures",
  {
    districtId: uuid()
      .notNull()
      .references(() => district.id),
    goalId: uuid().notNull(),
    teamId: uuid().notNull(),
    schoolId: uuid().notNull(),
    teamName: text().notNull(),
    members: integer().notNull(),
    measure: text().notNull(),
    unit: text().notNull(),
    baselineValue: doublePrecision().notNull(),
    targetValue: doublePrecision().notNull(),
    startsOn: date({ mode: "string" }).notNull(),
    targetOn: date({ mode: "string" }).notNull(),
    /** `[{ "on": "2026-11-02", "value": 41.5 }, …]`, by checkpoint date. */
    measures: jsonb().$type<{ on: string; value: number }[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.districtId, t.goalId] })],
);
