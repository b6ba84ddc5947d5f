import { boolean, integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import {
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { program } from "./program.ts";

/**
 * One step of a program: workshop, MicroPD sequence, support meetings, completion rule. Stages
 * are ordered within their program; "the earlier stages" always means those of the same program.
 */
export const stage = pgTable(
  "stage",
  {
    ...tenantColumns(),
    programId: uuid().notNull(),
    position: integer().notNull(),
    title: text().notNull(),
    summary: text().notNull(),
    meetingsRequired: integer().notNull().default(0),
    requiresConfirmation: boolean().notNull().default(false),
    /** Its sessions may be recommended to anyone, not only to teachers who opened the stage. */
    openToAll: boolean().notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("stage_program_fk", t.districtId, t.programId, program),
    tenantIndex("stage_program_idx", t.districtId, t.programId),
    unique("stage_position_key").on(t.districtId, t.programId, t.position),
  ],
);
