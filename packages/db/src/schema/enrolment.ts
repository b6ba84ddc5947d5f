import { boolean, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { cohort } from "./cohort.ts";
import {
  tenantChildOf,
  tenantColumns,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { enrolmentStatusEnum } from "./enums.ts";
import { person } from "./person.ts";

/** A teacher in a cohort, with the workshop attendance and the stage-completion confirmation. */
export const enrolment = pgTable(
  "enrolment",
  {
    ...tenantColumns(),
    cohortId: uuid().notNull(),
    personId: uuid().notNull(),
    status: enrolmentStatusEnum().notNull().default("active"),
    enrolledAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    workshopAttended: boolean().notNull().default(false),
    /** Set when a coach or admin confirms the stage complete (if the stage asks for it). */
    confirmedAt: timestamp({ withTimezone: true }),
    /**
     * Set when an admin enrolled a teacher who had not completed the earlier stages: who, when
     * and why (no foreign key: the record outlives people).
     */
    stageOverrideById: uuid(),
    stageOverrideAt: timestamp({ withTimezone: true }),
    stageOverrideReason: text(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("enrolment_cohort_fk", t.districtId, t.cohortId, cohort).onDelete("cascade"),
    ...tenantChildOf("enrolment_person", t.districtId, t.personId, person),
    unique("enrolment_cohort_person_key").on(t.districtId, t.cohortId, t.personId),
  ],
);
