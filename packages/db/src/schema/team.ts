import { pgTable, text, uuid } from "drizzle-orm/pg-core";
import {
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { teamKindEnum } from "./enums.ts";
import { person } from "./person.ts";
import { school } from "./school.ts";

/** A PLC, grade-level or department team of one school; a facilitator is optional. */
export const team = pgTable(
  "team",
  {
    ...tenantColumns(),
    schoolId: uuid().notNull(),
    name: text().notNull(),
    kind: teamKindEnum().notNull(),
    facilitatorId: uuid(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("team_school_fk", t.districtId, t.schoolId, school),
    tenantReference("team_facilitator_fk", t.districtId, t.facilitatorId, person),
    tenantIndex("team_school_idx", t.districtId, t.schoolId),
    tenantIndex("team_facilitator_idx", t.districtId, t.facilitatorId),
  ],
);
