import { pgTable, text, uuid } from "drizzle-orm/pg-core";
import {
  storedFileColumns,
  tenantChildOf,
  tenantColumns,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { person } from "./person.ts";
import { teamGoalCheckpoint } from "./team-goal-checkpoint.ts";

/**
 * A de-identified piece of student work attached to a checkpoint, which the team looks at with
 * the "Looking at student work" protocol. The bytes live in file storage under `storage_key`,
 * like evidence files.
 */
export const teamGoalWorkSample = pgTable(
  "team_goal_work_sample",
  {
    ...tenantColumns(),
    checkpointId: uuid().notNull(),
    ...storedFileColumns(),
    description: text().notNull().default(""),
    uploadedById: uuid().notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf(
      "team_goal_work_sample_checkpoint",
      t.districtId,
      t.checkpointId,
      teamGoalCheckpoint,
    ),
    tenantReference("team_goal_work_sample_uploader_fk", t.districtId, t.uploadedById, person),
  ],
);
