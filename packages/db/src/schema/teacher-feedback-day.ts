import { date, integer, pgTable, primaryKey, uuid } from "drizzle-orm/pg-core";
import { district } from "./district.ts";

/**
 * A teacher's session-feedback pulses per calendar day (the district's time zone, by when the
 * pulse was first answered or skipped), as counts: the impact report adds any period's from
 * these rows, never reading an answer or a comment. Kept by the statement triggers of migrations
 * 0030 and 0031 (`refresh_teacher_impact`) on `session_feedback`, whatever wrote the rows.
 */
export const teacherFeedbackDay = pgTable(
  "teacher_feedback_day",
  {
    districtId: uuid()
      .notNull()
      .references(() => district.id),
    personId: uuid().notNull(),
    day: date({ mode: "string" }).notNull(),
    /** Pulses with a usefulness answer. */
    answered: integer().notNull(),
    /** The sum of those answers (1 not useful … 4 very useful). */
    usefulnessSum: integer().notNull(),
    /** Answers of 3 or 4: useful. */
    useful: integer().notNull(),
    /** Pulses with an answer to "will you use it in class this week?". */
    willUseAnswered: integer().notNull(),
    willUseYes: integer().notNull(),
    skipped: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.districtId, t.personId, t.day] })],
);
