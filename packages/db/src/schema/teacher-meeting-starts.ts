import { pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { district } from "./district.ts";

/**
 * When each support meeting a teacher was marked present at starts, oldest first (migration
 * 0036), cancelled meetings left out: the caseload's "last meeting" is the newest of them that
 * started by now (found by `width_bucket`, which needs that order), read from one row per
 * teacher instead of every attendance row and its meeting.
 * Kept by the statement triggers of migration 0026 on `meeting_attendance` and
 * `support_meeting`, whatever wrote the rows; `refresh_teacher_meeting_starts(district_ids[],
 * person_ids[])` rebuilds a teacher's row from scratch. A teacher with no such meeting has none.
 */
export const teacherMeetingStarts = pgTable(
  "teacher_meeting_starts",
  {
    districtId: uuid()
      .notNull()
      .references(() => district.id),
    personId: uuid().notNull(),
    startsAt: timestamp({ withTimezone: true }).array().notNull(),
  },
  (t) => [primaryKey({ columns: [t.districtId, t.personId] })],
);
