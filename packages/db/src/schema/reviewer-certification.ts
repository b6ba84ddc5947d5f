import { pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { calibrationAttempt } from "./calibration-attempt.ts";
import {
  tenantChildOf,
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
    ...tenantChildOf("reviewer_certification_person", t.districtId, t.personId, person),
    ...tenantChildOf("reviewer_certification_credential", t.districtId, t.credentialId, credential),
    tenantReference(
      "reviewer_certification_attempt_fk",
      t.districtId,
      t.attemptId,
      calibrationAttempt,
    ),
    tenantIndex("reviewer_certification_attempt_idx", t.districtId, t.attemptId),
  ],
);
