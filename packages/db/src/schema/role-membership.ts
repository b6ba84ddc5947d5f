import { index, pgTable, uuid } from "drizzle-orm/pg-core";
import {
  tenantColumns,
  tenantIndex,
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
    tenantReference("role_membership_person_fk", t.districtId, t.personId, person).onDelete(
      "cascade",
    ),
    tenantReference("role_membership_school_fk", t.districtId, t.schoolId, school),
    tenantIndex("role_membership_person_idx", t.districtId, t.personId),
    index("role_membership_school_idx").on(t.districtId, t.schoolId, t.role),
  ],
);
