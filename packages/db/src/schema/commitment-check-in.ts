import { pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { actionStep } from "./action-step.ts";
import {
  tenantChildOf,
  tenantColumns,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { actionStepStatusEnum } from "./enums.ts";
import { person } from "./person.ts";
import { supportMeeting } from "./support-meeting.ts";

/**
 * The answer, at a later meeting, to "how is this commitment going?" — done, in progress or
 * stuck. Saving one also sets the action step's status, so the plan and the meeting agree.
 */
export const commitmentCheckIn = pgTable(
  "commitment_check_in",
  {
    ...tenantColumns(),
    meetingId: uuid().notNull(),
    actionStepId: uuid().notNull(),
    status: actionStepStatusEnum().notNull(),
    note: text(),
    checkedById: uuid().notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference(
      "commitment_check_in_meeting_fk",
      t.districtId,
      t.meetingId,
      supportMeeting,
    ).onDelete("cascade"),
    ...tenantChildOf("commitment_check_in_step", t.districtId, t.actionStepId, actionStep),
    tenantReference("commitment_check_in_checked_by_fk", t.districtId, t.checkedById, person),
    unique("commitment_check_in_meeting_step_key").on(t.districtId, t.meetingId, t.actionStepId),
  ],
);
