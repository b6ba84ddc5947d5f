import { sql } from "drizzle-orm";
import { date, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import {
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { observationKindEnum, observationStatusEnum } from "./enums.ts";
import { person } from "./person.ts";

/**
 * A classroom observation of one teacher. Coaching observations are non-evaluative: their
 * content reaches the teacher and the coaches who support them, never principals, unless the
 * teacher shares one (`shared_with_leaders_at`).
 */
export const observation = pgTable(
  "observation",
  {
    ...tenantColumns(),
    teacherId: uuid().notNull(),
    observerId: uuid().notNull(),
    kind: observationKindEnum().notNull(),
    observedOn: date({ mode: "string" }).notNull(),
    /** "Period 3 — Grade 4 maths". */
    classLabel: text(),
    durationMinutes: integer(),
    status: observationStatusEnum().notNull().default("draft"),
    publishedAt: timestamp({ withTimezone: true }),
    /** Bumped on every autosave; a save names the revision it edited (drafts from two tabs). */
    revision: integer().notNull().default(0),
    reflection: text(),
    reflectedAt: timestamp({ withTimezone: true }),
    acknowledgedAt: timestamp({ withTimezone: true }),
    /** The teacher chose to let principals read this coaching observation. */
    sharedWithLeadersAt: timestamp({ withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("observation_teacher_fk", t.districtId, t.teacherId, person),
    tenantReference("observation_observer_fk", t.districtId, t.observerId, person),
    tenantIndex("observation_teacher_idx", t.districtId, t.teacherId),
    tenantIndex("observation_observer_idx", t.districtId, t.observerId),
    // A caseload's latest coaching observation per teacher, from the index alone: a teacher's
    // drafts and other kinds are most of their observations and are not read.
    index("observation_coaching_teacher_idx")
      .on(t.districtId, t.teacherId, t.observedOn)
      .where(sql`${t.kind} = 'coaching' and ${t.status} = 'published'`),
  ],
);
