import { sql } from "drizzle-orm";
import { date, index, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import {
  tenantChildOf,
  tenantColumns,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { selfAssessmentMomentEnum } from "./enums.ts";
import { person } from "./person.ts";
import { stage } from "./stage.ts";

/**
 * A teacher's rating of their own practice on a stage's indicators, at the stage's start, its
 * end, or a check-in between. Coaching content: it reaches the teacher and the coaches who
 * support them, never principals or district admins, unless the teacher shares it
 * (`shared_with_leaders_at`) — the same rule as coaching observations.
 */
export const selfAssessment = pgTable(
  "self_assessment",
  {
    ...tenantColumns(),
    teacherId: uuid().notNull(),
    stageId: uuid().notNull(),
    moment: selfAssessmentMomentEnum().notNull(),
    assessedOn: date({ mode: "string" }).notNull(),
    /** The teacher chose to let principals and district admins read this self-assessment. */
    sharedWithLeadersAt: timestamp({ withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("self_assessment_teacher_fk", t.districtId, t.teacherId, person),
    ...tenantChildOf("self_assessment_stage", t.districtId, t.stageId, stage),
    // A teacher's self-assessments of a stage, oldest first: the path's pre → post reads this.
    index("self_assessment_teacher_stage_idx").on(
      t.districtId,
      t.teacherId,
      t.stageId,
      t.assessedOn,
    ),
    // Reports read only the shared ones by stage.
    index("self_assessment_shared_idx")
      .on(t.districtId, t.stageId)
      .where(sql`${t.sharedWithLeadersAt} is not null`),
  ],
);
