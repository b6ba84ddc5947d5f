import type { ClassResult } from "@throughline/domain/team-goal-measure";
import {
  date,
  doublePrecision,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { tenantColumns, tenantPrimaryKey, tenantReference, timestamps } from "./columns.ts";
import { person } from "./person.ts";
import { teamGoal } from "./team-goal.ts";

/**
 * A planned date on which the team measures again. Until it is recorded the measure is null; a
 * measure from a CSV keeps its per-class results (no student names) so the team can see them.
 */
export const teamGoalCheckpoint = pgTable(
  "team_goal_checkpoint",
  {
    ...tenantColumns(),
    goalId: uuid().notNull(),
    plannedOn: date({ mode: "string" }).notNull(),
    measureValue: doublePrecision(),
    classResults: jsonb().$type<ClassResult[]>(),
    note: text().notNull().default(""),
    recordedById: uuid(),
    recordedAt: timestamp({ withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("team_goal_checkpoint_goal_fk", t.districtId, t.goalId, teamGoal).onDelete(
      "cascade",
    ),
    tenantReference("team_goal_checkpoint_recorded_by_fk", t.districtId, t.recordedById, person),
    unique("team_goal_checkpoint_goal_date_key").on(t.districtId, t.goalId, t.plannedOn),
  ],
);
