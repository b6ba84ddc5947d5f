import { date, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { actionPlan } from "./action-plan.ts";
import {
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { actionStepStatusEnum } from "./enums.ts";
import { micropdSession } from "./micropd-session.ts";
import { supportMeeting } from "./support-meeting.ts";
import { teamGoal } from "./team-goal.ts";

/** One classroom step of an action plan, with evidence and reflection; may come from a meeting. */
export const actionStep = pgTable(
  "action_step",
  {
    ...tenantColumns(),
    planId: uuid().notNull(),
    position: integer().notNull(),
    description: text().notNull(),
    status: actionStepStatusEnum().notNull().default("planned"),
    dueOn: date({ mode: "string" }),
    /** Evidence as words or a link; files are in evidence_file. */
    evidenceText: text(),
    evidenceUrl: text(),
    reflection: text(),
    /**
     * When the step was marked done; null unless it is done. Kept by a database trigger
     * (migration 0037), so later edits of a done step leave it alone.
     */
    completedAt: timestamp({ withTimezone: true }),
    /** The support meeting where the teacher committed to this step (accountability). */
    fromMeetingId: uuid(),
    /** The MicroPD session whose after-the-lesson reflection this step asks for. */
    fromSessionId: uuid(),
    /** The team goal this commitment serves, when a team meeting tied it to one. */
    teamGoalId: uuid(),
    /** Bumped on each edit, so a save made from an older copy is refused (compare-and-set). */
    revision: integer().notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("action_step_plan_fk", t.districtId, t.planId, actionPlan).onDelete("cascade"),
    tenantReference("action_step_meeting_fk", t.districtId, t.fromMeetingId, supportMeeting),
    unique("action_step_plan_position_key").on(t.districtId, t.planId, t.position),
    tenantIndex("action_step_meeting_idx", t.districtId, t.fromMeetingId),
    tenantReference("action_step_session_fk", t.districtId, t.fromSessionId, micropdSession),
    tenantReference("action_step_team_goal_fk", t.districtId, t.teamGoalId, teamGoal),
    tenantIndex("action_step_team_goal_idx", t.districtId, t.teamGoalId),
  ],
);
