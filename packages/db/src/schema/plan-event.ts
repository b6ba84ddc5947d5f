import { jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { actionPlan } from "./action-plan.ts";
import {
  tenantChildOf,
  tenantColumns,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { person } from "./person.ts";

/** The history of an action plan: who changed what, and when. Rows are only ever added. */
export const planEvent = pgTable(
  "plan_event",
  {
    ...tenantColumns(),
    planId: uuid().notNull(),
    actorId: uuid().notNull(),
    /** e.g. "plan_created", "step_added", "step_status_changed", "evidence_added", "comment_added" */
    kind: text().notNull(),
    /** A sentence for people: "Marked “Model the essential question” as done". */
    summary: text().notNull(),
    detail: jsonb().$type<Record<string, unknown>>(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf("plan_event_plan", t.districtId, t.planId, actionPlan),
    tenantReference("plan_event_actor_fk", t.districtId, t.actorId, person),
  ],
);
