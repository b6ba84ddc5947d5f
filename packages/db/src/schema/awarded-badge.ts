import { integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import {
  tenantChildOf,
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { credential } from "./credential.ts";
import { credentialSubmission } from "./credential-submission.ts";
import { credentialVersion } from "./credential-version.ts";
import { person } from "./person.ts";

/**
 * A micro-credential a teacher earned, issued as a signed Open Badges 3.0 credential. Its id is
 * the credential's public id (`/credentials/<id>`); `credential` holds exactly the signed JSON.
 * `status_index` is its bit in the district's revocation status list.
 */
export const awardedBadge = pgTable(
  "awarded_badge",
  {
    ...tenantColumns(),
    submissionId: uuid().notNull(),
    personId: uuid().notNull(),
    credentialId: uuid().notNull(),
    versionId: uuid().notNull(),
    awardedAt: timestamp({ withTimezone: true }).notNull(),
    validFrom: timestamp({ withTimezone: true }).notNull(),
    validUntil: timestamp({ withTimezone: true }),
    pdMinutes: integer().notNull(),
    statusIndex: integer().notNull(),
    /** The signed OpenBadgeCredential; null only between award and signing. */
    signedCredential: jsonb().$type<Record<string, unknown>>(),
    revokedAt: timestamp({ withTimezone: true }),
    revokedById: uuid(),
    revokedReason: text(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference(
      "awarded_badge_submission_fk",
      t.districtId,
      t.submissionId,
      credentialSubmission,
    ),
    ...tenantChildOf("awarded_badge_person", t.districtId, t.personId, person),
    tenantReference("awarded_badge_credential_fk", t.districtId, t.credentialId, credential),
    tenantReference("awarded_badge_version_fk", t.districtId, t.versionId, credentialVersion),
    tenantReference("awarded_badge_revoked_by_fk", t.districtId, t.revokedById, person),
    unique("awarded_badge_submission_key").on(t.districtId, t.submissionId),
    unique("awarded_badge_status_index_key").on(t.districtId, t.statusIndex),
    tenantIndex("awarded_badge_credential_idx", t.districtId, t.credentialId),
    tenantIndex("awarded_badge_version_idx", t.districtId, t.versionId),
    tenantIndex("awarded_badge_revoked_by_idx", t.districtId, t.revokedById),
  ],
);
