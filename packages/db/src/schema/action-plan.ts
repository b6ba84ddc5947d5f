import { boolean, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
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
    /** The teacher chose to let their team read this plan (plans are private by default). */
    sharedWithTeam: boolean().notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("action_plan_person_fk", t.districtId, t.personId, person).onDelete("cascade"),
    tenantReference("action_plan_stage_fk", t.districtId, t.stageId, stage),
    // One plan per teacher per stage; also the index for "this teacher's plans".
    unique("action_plan_person_stage_key").on(t.districtId, t.personId, t.stageId),
    tenantIndex("action_plan_stage_idx", t.districtId, t.stageId),
  ],
);
