import { date, integer, jsonb, pgTable, primaryKey, uuid } from "drizzle-orm/pg-core";
import { district } from "./district.ts";

/*
 * Each teacher's MicroPD progress summed up as it happens, so the dashboards read one row per
 * teacher (and per school year she completed sessions in) instead of every progress row of the district.
 * Kept by triggers on micropd_progress and micropd_session (migration 0020), which rebuild a
 * teacher's rows from her progress whenever any of it changes, whatever wrote it.
 */

/** One row per teacher who opened a session: what does not depend on the dashboard's window. */
export const teacherSessionSummary = pgTable(
  "teacher_session_summary",
  {
    districtId: uuid()
      .notNull()
      .references(() => district.id),
    personId: uuid().notNull(),
    /** The stages she opened a session of (the funnel's "began"). */
    openedStageIds: uuid().array().notNull(),
    /** Her waits between sessions (rule `waitsBetweenSessions`) as [whole days, how many]. */
    waits: jsonb().$type<[number, number][]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.districtId, t.personId] })],
);

/**
 * Sessions a teacher completed in one school year (from 1 August, UTC, as the dashboard window
 * starts) and their minutes: the window's figures less what was completed after its end.
 */
export const teacherSessionYear = pgTable(
  "teacher_session_year",
  {
    districtId: uuid()
      .notNull()
      .references(() => district.id),
    personId: uuid().notNull(),
    /** 1 August of the school year, the day its dashboard window starts. */
    yearStart: date({ mode: "string" }).notNull(),
    completed: integer().notNull(),
    minutes: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.districtId, t.personId, t.yearStart] })],
);
