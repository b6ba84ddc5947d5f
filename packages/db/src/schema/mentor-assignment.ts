import { sql } from "drizzle-orm";
import { check, date, index, pgTable, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tenantColumns, tenantPrimaryKey, tenantReference, timestamps } from "./columns.ts";
import { person } from "./person.ts";

/**
 * A mentor (an experienced teacher or a coach) assigned to a new teacher by a principal or the
 * district. Ended, not deleted, so the mentee's log keeps who mentored them; one open assignment
 * per mentee at a time.
 */
export const mentorAssignment = pgTable(
  "mentor_assignment",
  {
    ...tenantColumns(),
    mentorId: uuid().notNull(),
    menteeId: uuid().notNull(),
    startedOn: date({ mode: "string" }).notNull(),
    endedOn: date({ mode: "string" }),
    assignedById: uuid().notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("mentor_assignment_mentor_fk", t.districtId, t.mentorId, person),
    tenantReference("mentor_assignment_mentee_fk", t.districtId, t.menteeId, person),
    tenantReference("mentor_assignment_assigned_by_fk", t.districtId, t.assignedById, person),
    // One mentor at a time: a second open assignment of the same mentee is refused.
    uniqueIndex("mentor_assignment_open_mentee_key")
      .on(t.districtId, t.menteeId)
      .where(sql`${t.endedOn} is null`),
    index("mentor_assignment_mentor_idx").on(t.districtId, t.mentorId),
    check("mentor_assignment_not_self_check", sql`${t.mentorId} <> ${t.menteeId}`),
    check(
      "mentor_assignment_dates_check",
      sql`${t.endedOn} is null or ${t.endedOn} >= ${t.startedOn}`,
    ),
  ],
);
