import { date, pgTable, unique, uuid } from "drizzle-orm/pg-core";
import {
  tenantChildOf,
  tenantColumns,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { inductionChecklistItem } from "./induction-checklist-item.ts";
import { person } from "./person.ts";

/** A checklist item a mentee has done: who ticked it (the mentee or their mentor) and when. */
export const inductionChecklistCompletion = pgTable(
  "induction_checklist_completion",
  {
    ...tenantColumns(),
    itemId: uuid().notNull(),
    menteeId: uuid().notNull(),
    completedOn: date({ mode: "string" }).notNull(),
    tickedById: uuid().notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf(
      "induction_checklist_completion_item",
      t.districtId,
      t.itemId,
      inductionChecklistItem,
    ),
    tenantReference(
      "induction_checklist_completion_mentee_fk",
      t.districtId,
      t.menteeId,
      person,
    ).onDelete("cascade"),
    tenantReference(
      "induction_checklist_completion_ticked_by_fk",
      t.districtId,
      t.tickedById,
      person,
    ),
    unique("induction_checklist_completion_key").on(t.districtId, t.menteeId, t.itemId),
  ],
);
