import { pgTable, unique, uuid } from "drizzle-orm/pg-core";
import { actionPlan } from "./action-plan.ts";
import {
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { indicator } from "./indicator.ts";

/** A framework indicator an action plan targets. */
export const actionPlanIndicator = pgTable(
  "action_plan_indicator",
  {
    ...tenantColumns(),
    planId: uuid().notNull(),
    indicatorId: uuid().notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("action_plan_indicator_plan_fk", t.districtId, t.planId, actionPlan).onDelete(
      "cascade",
    ),
    tenantReference("action_plan_indicator_indicator_fk", t.districtId, t.indicatorId, indicator),
    unique("action_plan_indicator_key").on(t.districtId, t.planId, t.indicatorId),
    tenantIndex("action_plan_indicator_indicator_idx", t.districtId, t.indicatorId),
  ],
);
