import { text } from "drizzle-orm/pg-core";
import { teamGoalCheckpoint } from "./team-goal-checkpoint.ts";
import { uploadTable } from "./upload-table.ts";

/**
 * A de-identified piece of student work attached to a checkpoint, which the team looks at with
 * the "Looking at student work" protocol. The bytes live in file storage under `storage_key`,
 * like evidence files.
 */
export const teamGoalWorkSample = uploadTable("team_goal_work_sample", {
  parentKey: "checkpointId",
  parentName: "checkpoint",
  parent: teamGoalCheckpoint,
  uploaderKey: "uploadedById",
  extra: { description: text().notNull().default("") },
});
