import { integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import {
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { program } from "./program.ts";

/** One observable practice of the framework, e.g. "1.2 Uses an essential question". */
export const indicator = pgTable(
  "indicator",
  {
    ...tenantColumns(),
    code: text().notNull(),
    title: text().notNull(),
    description: text().notNull(),
    /** The level (rank on the district's scale) teachers aim for here; null: the district's target. */
    targetRank: integer(),
    /**
     * The program this indicator belongs to; null: the district's own, used by all its programs.
     * Programs are archived, never deleted, so a plain reference is enough.
     */
    programId: uuid(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    unique("indicator_code_key").on(t.districtId, t.code),
    tenantReference("indicator_program_fk", t.districtId, t.programId, program),
    tenantIndex("indicator_program_idx", t.districtId, t.programId),
  ],
);
