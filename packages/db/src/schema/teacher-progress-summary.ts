import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { district } from "./district.ts";

/*
 * What the dashboards count of support meetings and of each enrolment's stage progress, summed up
 * as it happens, so a district's dashboard reads one row per teacher or enrolment instead of its
 * 280,000 attendance rows and every enrolment's sessions, meetings and action steps. Kept by the
 * statement triggers of migration 0022 on every table a figure reads, whatever wrote the rows
 * (API, roster import, seed); `refresh_teacher_progress(district_ids[], person_ids[])` rebuilds a
 * teacher's rows of both tables from scratch.
 */

/**
 * The held (closed) meetings a teacher was marked present at in one school year (by the
 * meeting's start, from 1 August, UTC, as the dashboard window starts), and their minutes: held
 * minutes, else the planned length.
 */
export const teacherMeetingYear = pgTable(
  "teacher_meeting_year",
  {
    districtId: uuid()
      .notNull()
      .references(() => district.id),
    personId: uuid().notNull(),
    /** 1 August of the school year, the day its dashboard window starts. */
    yearStart: date({ mode: "string" }).notNull(),
    attended: integer().notNull(),
    minutes: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.districtId, t.personId, t.yearStart] })],
);

/**
 * Per enrolment, the counts the stage-status rule reads that change as the teacher works: the
 * stage's sessions she completed, held meetings she attended since she enrolled, and whether one
 * of her action steps for the stage is done with evidence and a reflection. The stage's session
 * count and its requirements are read with it, as they are shared by every enrolment.
 */
export const enrolmentProgressSummary = pgTable(
  "enrolment_progress_summary",
  {
    districtId: uuid()
      .notNull()
      .references(() => district.id),
    enrolmentId: uuid().notNull(),
    personId: uuid().notNull(),
    sessionsCompleted: integer().notNull(),
    meetingsAttended: integer().notNull(),
    hasCompletedActionStep: boolean().notNull(),
    /**
     * When the stage's requirements were met, from the facts that met them (the latest of the
     * workshop, the stage's last session completed, the required meeting reached, the first
     * action step done with evidence and a reflection); null while they are not met
     * (domain rules/stage-completion, migration 0034). The stage is complete on the later of
     * this and the enrolment's confirmation when the stage asks for one.
     */
    requirementsMetAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.districtId, t.enrolmentId] }),
    index("enrolment_progress_summary_person_idx").on(t.districtId, t.personId),
  ],
);
