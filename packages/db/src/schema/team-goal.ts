import { teamGoalUnits } from "@throughline/domain/team-goal-measure";
import { date, doublePrecision, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import {
  tenantChildOf,
  tenantColumns,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { person } from "./person.ts";
import { team } from "./team.ts";

export const teamGoalUnitEnum = pgEnum("team_goal_unit", teamGoalUnits);

/**
 * A team's goal on a shared student-learning problem: the measure it watches, where it started
 * (baseline on `starts_on`) and where it means to be by `target_on`. Checkpoints, the indicators
 * and the MicroPD sessions the team will use are in the team_goal_* tables.
 */
export const teamGoal = pgTable(
  "team_goal",
  {
    ...tenantColumns(),
    teamId: uuid().notNull(),
    problem: text().notNull(),
    measure: text().notNull(),
    unit: teamGoalUnitEnum().notNull(),
    baselineValue: doublePrecision().notNull(),
    targetValue: doublePrecision().notNull(),
    startsOn: date({ mode: "string" }).notNull(),
    targetOn: date({ mode: "string" }).notNull(),
    createdById: uuid().notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf("team_goal_team", t.districtId, t.teamId, team),
    tenantReference("team_goal_created_by_fk", t.districtId, t.createdById, person),
  ],
);
