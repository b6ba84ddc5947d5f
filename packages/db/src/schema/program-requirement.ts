import { pgTable, unique, uuid } from "drizzle-orm/pg-core";
import {
  tenantChildOf,
  tenantColumns,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { roleEnum } from "./enums.ts";
import { program } from "./program.ts";
import { school } from "./school.ts";

/**
 * A program everyone holding `role` must take: in the whole district (school null) or in one
 * school only. A program no row names is optional for everyone.
 */
export const programRequirement = pgTable(
  "program_requirement",
  {
    ...tenantColumns(),
    programId: uuid().notNull(),
    role: roleEnum().notNull(),
    schoolId: uuid(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf("program_requirement_program", t.districtId, t.programId, program),
    tenantReference("program_requirement_school_fk", t.districtId, t.schoolId, school).onDelete(
      "cascade",
    ),
    unique("program_requirement_key")
      .on(t.districtId, t.programId, t.role, t.schoolId)
      .nullsNotDistinct(),
  ],
);
