import { pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { calibrationAttempt } from "./calibration-attempt.ts";
import {
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { credential } from "./credential.ts";
import { person } from "./person.ts";

/**
 * A person certified to review a credential's submissions, earned by passing its calibration
 * set; valid until `expires_at` (two school years). A retake after expiry adds a new row.
 */
export const reviewerCertification = pgTable(
  "reviewer_certification",
  {
    ...tenantColumns(),
    personId: uuid().notNull(),
    credentialId: uuid().notNull(),
    attemptId: uuid(),
    certifiedAt: timestamp({ withTimezone: true }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("reviewer_certification_person_fk", t.districtId, t.personId, person).onDelete(
      "cascade",
    ),
    tenantReference(
      "reviewer_certification_credential_fk",
      t.districtId,
      t.credentialId,
      credential,
    ).onDelete("cascade"),
    tenantReference(
      "reviewer_certification_attempt_fk",
      t.districtId,
      t.attemptId,
      calibrationAttempt,
    ),
    tenantIndex("reviewer_certification_person_idx", t.districtId, t.personId),
    tenantIndex("reviewer_certification_credential_idx", t.districtId, t.credentialId),
    tenantIndex("reviewer_certification_attempt_idx", t.districtId, t.attemptId),
  ],
);
