import {
  boolean,
  date,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { district } from "./district.ts";
import { releaseModeEnum } from "./enums.ts";

/**
 * What a coach's caseload shows of one teacher that is not counted per enrolment: the current
 * enrolment (her first program's highest stage, then the last cohort by name: migration 0054,
 * domain rules/current-stage) with its cohort's and stage's
 * facts, the stage's session count, the current stage's plan steps in order, the releases of
 * her cohort whose session she has not completed, and her last published coaching observation.
 * One row per teacher with a current enrolment or such an observation, so the caseload reads
 * one row by key per member instead of looking each of these up. Kept by the statement
 * triggers of migration 0035 on every table these facts come from, whatever wrote the rows;
 * `refresh_teacher_caseload(district_ids[], person_ids[])` rebuilds a teacher's row from
 * scratch. The kept counts of `enrolment_progress_summary` are read beside it by enrolment.
 */
export const teacherCaseloadSummary = pgTable(
  "teacher_caseload_summary",
  {
    districtId: uuid()
      .notNull()
      .references(() => district.id),
    personId: uuid().notNull(),
    /** The current enrolment; null (and so every enrolment fact) when she has none. */
    enrolmentId: uuid(),
    releaseMode: releaseModeEnum(),
    stagePosition: integer(),
    stageTitle: text(),
    meetingsRequired: integer(),
    requiresConfirmation: boolean(),
    workshopAttended: boolean(),
    confirmedAt: timestamp({ withTimezone: true }),
    enrolledAt: timestamp({ withTimezone: true }),
    /** The earliest current enrolment's date, whichever stage. */
    enrolledSince: timestamp({ withTimezone: true }),
    sessionsTotal: integer(),
    /** The current stage's plan steps by position, as parallel arrays; null: no steps. */
    stepStatuses: text().array(),
    stepDueOn: date({ mode: "string" }).array(),
    /** When each release of her cohort whose session she has not completed opens. */
    unfinishedReleasesAt: timestamp({ withTimezone: true }).array(),
    lastObservedOn: date({ mode: "string" }),
  },
  (t) => [primaryKey({ columns: [t.districtId, t.personId] })],
);
