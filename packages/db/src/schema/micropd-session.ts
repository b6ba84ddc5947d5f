import { sql } from "drizzle-orm";
import { boolean, check, integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { tenantColumns, tenantPrimaryKey, tenantReference, timestamps } from "./columns.ts";
import { stage } from "./stage.ts";

/** One short online learning session, ordered within its stage. */
export const micropdSession = pgTable(
  "micropd_session",
  {
    ...tenantColumns(),
    stageId: uuid().notNull(),
    position: integer().notNull(),
    title: text().notNull(),
    summary: text().notNull(),
    estimatedMinutes: integer().notNull(),
    reflectionPrompts: text().array().notNull().default(sql`'{}'::text[]`),
    /**
     * Prompts about a lesson the teacher has not taught yet: answered after the lesson, so the
     * session completes without them and they come back as a reminder and an action-plan step.
     */
    afterLessonPrompts: text().array().notNull().default(sql`'{}'::text[]`),
    /**
     * Bumped by every save in the admin editor: a save names the revision it was made from, and
     * one made from an older copy is refused, so two admins never overwrite each other.
     */
    revision: integer().notNull().default(0),
    /**
     * In the district's elective catalogue: any active teacher of the district may take it
     * without being enrolled in its stage, and it still counts toward their PD hours.
     */
    elective: boolean().notNull().default(false),
    /** Grade bands and subjects it suits (values from the domain's fixed lists), for searching. */
    gradeBands: text().array().notNull().default(sql`'{}'::text[]`),
    subjects: text().array().notNull().default(sql`'{}'::text[]`),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("micropd_session_stage_fk", t.districtId, t.stageId, stage).onDelete("cascade"),
    // Also serves as the index for "sessions of a stage, in order".
    unique("micropd_session_stage_position_key").on(t.districtId, t.stageId, t.position),
    // MicroPD is micro by definition: 10 to 20 minutes.
    check("micropd_session_estimated_minutes_check", sql`${t.estimatedMinutes} between 10 and 20`),
  ],
);
