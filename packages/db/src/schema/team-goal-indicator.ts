import { pgTable, unique, uuid } from "drizzle-orm/pg-core";
import {
  tenantChildOf,
  tenantColumns,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { indicator } from "./indicator.ts";
import { teamGoal } from "./team-goal.ts";

/** An indicator of practice a team means to work on to move its goal's student measure. */
export const teamGoalIndicator = pgTable(
  "team_goal_indicator",
  {
    ...tenantColumns(),
    goalId: uuid().notNull(),
    indicatorId: uuid().notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("team_goal_indicator_goal_fk", t.districtId, t.goalId, teamGoal).onDelete(
      "cascade",
    ),
    ...tenantChildOf("team_goal_indicator_indicator", t.districtId, t.indicatorId, indicator),
    unique("team_goal_indicator_pair_key").on(t.districtId, t.goalId, t.indicatorId),
  ],
);
