import { pgTable, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import {
  tenantChildOf,
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
} from "./columns.ts";
import { credential } from "./credential.ts";
import { person } from "./person.ts";

/**
 * A lead reviewer of a credential, named by a district admin: scores calibration samples,
 * reviews submissions and settles two reviews that disagree.
 */
export const credentialLeadReviewer = pgTable(
  "credential_lead_reviewer",
  {
    ...tenantColumns(),
    credentialId: uuid().notNull(),
    personId: uuid().notNull(),
    namedById: uuid(),
    namedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantPrimaryKey(t),
    unique("credential_lead_reviewer_key").on(t.districtId, t.credentialId, t.personId),
    tenantReference(
      "credential_lead_reviewer_credential_fk",
      t.districtId,
      t.credentialId,
      credential,
    ).onDelete("cascade"),
    ...tenantChildOf("credential_lead_reviewer_person", t.districtId, t.personId, person),
    tenantReference("credential_lead_reviewer_named_by_fk", t.districtId, t.namedById, person),
    tenantIndex("credential_lead_reviewer_named_by_idx", t.districtId, t.namedById),
  ],
);
