import { index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import {
  tenantChildOf,
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { micropdSession } from "./micropd-session.ts";
import { person } from "./person.ts";

/** Where a teacher is in one MicroPD session, and their reflection once done. */
export const micropdProgress = pgTable(
  "micropd_progress",
  {
    ...tenantColumns(),
    personId: uuid().notNull(),
    sessionId: uuid().notNull(),
    currentBlock: integer().notNull().default(0),
    completedAt: timestamp({ withTimezone: true }),
    reflection: text(),
    /**
     * The session's estimated minutes when it was completed: what the PD-hours transcript counts,
     * so later edits to the session do not change a teacher's record.
     */
    creditedMinutes: integer(),
    /**
     * What the teacher is writing before completing (or while rewriting) the reflection, saved as
     * they type so another device or a reload finds it. Null when nothing is pending.
     */
    reflectionDraft: text(),
    /** Bumped on every draft save: a save based on an older revision is refused, never merged. */
    reflectionDraftRevision: integer().notNull().default(0),
    /** The answer to the session's after-the-lesson prompts, written once the lesson is taught. */
    afterLessonReflection: text(),
    afterLessonCompletedAt: timestamp({ withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("micropd_progress_person_fk", t.districtId, t.personId, person).onDelete(
      "cascade",
    ),
    ...tenantChildOf("micropd_progress_session", t.districtId, t.sessionId, micropdSession),
    // Leads with person: also the index for "this teacher's progress".
    unique("micropd_progress_person_session_key").on(t.districtId, t.personId, t.sessionId),
    // The dashboards read the progress of the window's first and last days by completion time.
    tenantIndex("micropd_progress_completed_idx", t.districtId, t.completedAt),
    // A school's or team's pace: each teacher's sessions of the last weeks, not all of hers.
    index("micropd_progress_person_completed_idx").on(t.districtId, t.personId, t.completedAt),
  ],
);
