import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { tenantColumns, tenantPrimaryKey, tenantReference, timestamps } from "./columns.ts";
import { coachingInteractionKindEnum } from "./enums.ts";
import { person } from "./person.ts";

/**
 * A coaching interaction that is neither a meeting nor an observation: co-teaching, modelling,
 * a debrief, planning together, a check-in. Its note is coaching content: the teacher and the
 * coaches who support them read it, principals never do (the observations' rule).
 */
export const coachingInteraction = pgTable(
  "coaching_interaction",
  {
    ...tenantColumns(),
    coachId: uuid().notNull(),
    kind: coachingInteractionKindEnum().notNull(),
    occurredOn: date({ mode: "string" }).notNull(),
    minutes: integer().notNull(),
    note: text().notNull().default(""),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("coaching_interaction_coach_fk", t.districtId, t.coachId, person),
    // A coach's weeks, and the district's workload by week, read by date.
    index("coaching_interaction_coach_day_idx").on(t.districtId, t.coachId, t.occurredOn),
    index("coaching_interaction_day_idx").on(t.districtId, t.occurredOn),
    check("coaching_interaction_minutes_check", sql`${t.minutes} between 1 and 600`),
  ],
);
