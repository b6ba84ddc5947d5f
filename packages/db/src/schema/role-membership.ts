import { index, pgTable, uuid } from "drizzle-orm/pg-core";
import {
  tenantChildOf,
  tenantColumns,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { roleEnum } from "./enums.ts";
import { person } from "./person.ts";
import { school } from "./school.ts";

/** A role a person holds, scoped to one school or (school null) to the whole district. */
export const roleMembership = pgTable(
  "role_membership",
  {
    ...tenantColumns(),
    personId: uuid().notNull(),
    role: roleEnum().notNull(),
    schoolId: uuid(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf("role_membership_person", t.districtId, t.personId, person),
    tenantReference("role_membership_school_fk", t.districtId, t.schoolId, school),
    index("role_membership_school_idx").on(t.districtId, t.schoolId, t.role),
  ],
);
