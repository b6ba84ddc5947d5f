import { index, integer, pgTable, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import {
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { credential } from "./credential.ts";
import { credentialVersion } from "./credential-version.ts";
import { submissionStatusEnum } from "./enums.ts";
import { person } from "./person.ts";

/**
 * One attempt by a teacher at a micro-credential, judged against the version it was started
 * on. Every attempt is kept: a *not yet* is resubmitted as the next attempt.
 */
export const credentialSubmission = pgTable(
  "credential_submission",
  {
    ...tenantColumns(),
    credentialId: uuid().notNull(),
    versionId: uuid().notNull(),
    personId: uuid().notNull(),
    /** 1, 2, … per teacher and credential. */
    attempt: integer().notNull(),
    status: submissionStatusEnum().notNull().default("draft"),
    submittedAt: timestamp({ withTimezone: true }),
    decidedAt: timestamp({ withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference(
      "credential_submission_credential_fk",
      t.districtId,
      t.credentialId,
      credential,
    ),
    tenantReference(
      "credential_submission_version_fk",
      t.districtId,
      t.versionId,
      credentialVersion,
    ),
    tenantReference("credential_submission_person_fk", t.districtId, t.personId, person).onDelete(
      "cascade",
    ),
    unique("credential_submission_attempt_key").on(
      t.districtId,
      t.personId,
      t.credentialId,
      t.attempt,
    ),
    tenantIndex("credential_submission_credential_idx", t.districtId, t.credentialId),
    tenantIndex("credential_submission_version_idx", t.districtId, t.versionId),
    // The review queue: submitted work, oldest first.
    index("credential_submission_queue_idx").on(t.districtId, t.status, t.submittedAt),
  ],
);
