import { integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import {
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { releaseModeEnum } from "./enums.ts";
import { person } from "./person.ts";
import { school } from "./school.ts";
import { stage } from "./stage.ts";

/** Teachers of one school going through one stage in one school year, with a coach and a pace. */
export const cohort = pgTable(
  "cohort",
  {
    ...tenantColumns(),
    schoolId: uuid().notNull(),
    stageId: uuid().notNull(),
    name: text().notNull(),
    /** e.g. "2026-27" */
    schoolYear: text().notNull(),
    coachId: uuid(),
    releaseMode: releaseModeEnum().notNull().default("self_paced"),
    // The stage's introductory workshop, one event per cohort.
    workshopStartsAt: timestamp({ withTimezone: true }),
    workshopLocation: text(),
    workshopVideoUrl: text(),
    /** Length of the workshop; it counts toward the attendees' PD hours. */
    workshopMinutes: integer().notNull().default(180),
    workshopDescription: text(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("cohort_school_fk", t.districtId, t.schoolId, school),
    tenantReference("cohort_stage_fk", t.districtId, t.stageId, stage),
    tenantReference("cohort_coach_fk", t.districtId, t.coachId, person),
    tenantIndex("cohort_school_idx", t.districtId, t.schoolId),
    tenantIndex("cohort_stage_idx", t.districtId, t.stageId),
    tenantIndex("cohort_coach_idx", t.districtId, t.coachId),
  ],
);
