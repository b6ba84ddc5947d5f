import { pgTable, text, uuid } from "drizzle-orm/pg-core";
import {
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { person } from "./person.ts";
import { stage } from "./stage.ts";

/** A teacher's goal for a stage; its steps are done in the classroom. */
export const actionPlan = pgTable(
  "action_plan",
  {
    ...tenantColumns(),
    personId: uuid().notNull(),
    stageId: uuid().notNull(),
    goal: text().notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("action_plan_person_fk", t.districtId, t.personId, person).onDelete("cascade"),
    tenantReference("action_plan_stage_fk", t.districtId, t.stageId, stage),
    tenantIndex("action_plan_person_idx", t.districtId, t.personId),
    tenantIndex("action_plan_stage_idx", t.districtId, t.stageId),
  ],
);
