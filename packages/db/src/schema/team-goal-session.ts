import { pgTable, unique, uuid } from "drizzle-orm/pg-core";
import {
  tenantChildOf,
  tenantColumns,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { micropdSession } from "./micropd-session.ts";
import { teamGoal } from "./team-goal.ts";

/** A MicroPD session a team will take together toward its goal. */
export const teamGoalSession = pgTable(
  "team_goal_session",
  {
    ...tenantColumns(),
    goalId: uuid().notNull(),
    sessionId: uuid().notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("team_goal_session_goal_fk", t.districtId, t.goalId, teamGoal).onDelete(
      "cascade",
    ),
    ...tenantChildOf("team_goal_session_session", t.districtId, t.sessionId, micropdSession),
    unique("team_goal_session_pair_key").on(t.districtId, t.goalId, t.sessionId),
  ],
);
