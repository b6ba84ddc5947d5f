import { date, integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { district } from "./district.ts";

/**
 * A teacher's PD time per calendar day (in the district's time zone) and kind of activity, as
 * the transcript counts it: workshops attended, MicroPD sessions completed, held support meetings
 * attended and micro-credentials awarded. The impact report sums any period from these rows
 * instead of every progress, attendance and badge row. Kept by the statement triggers of
 * migration 0028 whatever wrote the rows; `refresh_teacher_impact(district_ids[], person_ids[])`
 * rebuilds a teacher's rows from scratch.
 */
export const teacherPdDay = pgTable(
  "teacher_pd_day",
  {
    districtId: uuid()
      .notNull()
      .references(() => district.id),
    personId: uuid().notNull(),
    day: date({ mode: "string" }).notNull(),
    /** workshop, micropd, support_meeting or micro_credential (pdActivityKindSchema). */
    kind: text().notNull(),
    /** How many activities of this kind on this day. */
    activities: integer().notNull(),
    minutes: integer().notNull(),
    /**
     * The sum of each activity's hours as the transcript shows them (rounded to a tenth each),
     * in tenths, so the report's hours add up as a teacher's transcript does.
     */
    tenths: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.districtId, t.personId, t.day, t.kind] })],
);
