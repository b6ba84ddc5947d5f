import { foreignKey, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { actionPlan } from "./action-plan.ts";
import { actionStep } from "./action-step.ts";
import {
  tenantChildOf,
  tenantColumns,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { person } from "./person.ts";

/** A coach's comment on a plan or one of its steps, or a reply to one. */
export const planComment = pgTable(
  "plan_comment",
  {
    ...tenantColumns(),
    planId: uuid().notNull(),
    /** Null when the comment is about the plan as a whole. */
    stepId: uuid(),
    authorId: uuid().notNull(),
    /** The comment this one answers, for a reply. */
    replyToId: uuid(),
    body: text().notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf("plan_comment_plan", t.districtId, t.planId, actionPlan),
    tenantReference("plan_comment_step_fk", t.districtId, t.stepId, actionStep).onDelete("cascade"),
    tenantReference("plan_comment_author_fk", t.districtId, t.authorId, person),
    foreignKey({
      name: "plan_comment_reply_fk",
      columns: [t.districtId, t.replyToId],
      foreignColumns: [t.districtId, t.id],
    }).onDelete("cascade"),
  ],
);
